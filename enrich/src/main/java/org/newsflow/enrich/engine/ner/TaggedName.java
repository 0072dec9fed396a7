package org.newsflow.enrich.engine.ner;

/**
 * A name the tagger found: tokens {@code [from, to)} of the sentence, and its type.
 *
 * @param margin how much the best labelling of the sentence outscored the best one without this name's type
 *               on its first token; higher is surer
 */
public record TaggedName(int from, int to, NameType type, double margin) {
}
