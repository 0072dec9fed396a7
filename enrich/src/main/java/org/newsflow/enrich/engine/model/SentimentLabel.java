package org.newsflow.enrich.engine.model;

import java.util.Locale;

public enum SentimentLabel {
    NEGATIVE, NEUTRAL, POSITIVE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
