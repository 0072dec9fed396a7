package org.newsflow.ingest.submit;

import org.newsflow.ingest.model.SubmissionFormat;

/** One article to submit: where it came from ({@code file} or {@code file:line}), its bytes and how to read them. */
public record ArticleSource(String label, byte[] bytes, SubmissionFormat format) {
}
