package org.newsflow.ingest.streams;

import org.newsflow.events.DeadLetter;
import org.newsflow.ingest.model.Article;

/** A submitted record after parsing: an article under its id, or the dead letter that reports it. */
record ParsedSubmission(String articleId, Article article, DeadLetter deadLetter) {

    boolean rejected() {
        return deadLetter != null;
    }
}
