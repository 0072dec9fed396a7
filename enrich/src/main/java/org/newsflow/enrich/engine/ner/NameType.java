package org.newsflow.enrich.engine.ner;

/** The kinds of name the tagger tells apart: people, organisations, places (countries included). */
public enum NameType {
    PER, ORG, LOC
}
