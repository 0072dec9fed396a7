package org.newsflow.ingest.submit;

import org.newsflow.ingest.model.Rejection;

/**
 * An article checked before it is sent: the bytes to put on the ingest topic under its articleId, or why it was
 * refused (then {@code value} is null).
 */
public record Submission(String articleId, String revision, byte[] value, Rejection rejection) {

    public static Submission refused(Rejection rejection) {
        return new Submission(null, null, null, rejection);
    }

    public boolean accepted() {
        return rejection == null;
    }
}
