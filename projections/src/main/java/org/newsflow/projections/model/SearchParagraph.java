package org.newsflow.projections.model;

/** A paragraph matching a search: how many query terms it holds, its score and the start of its text. */
public record SearchParagraph(int index, int matchedTerms, long score, String snippet) {
}
