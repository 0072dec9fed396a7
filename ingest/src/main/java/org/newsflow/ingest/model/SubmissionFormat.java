package org.newsflow.ingest.model;

/** How to read a submitted value: as the JSON form, as plain text, or by looking at it (JSON if it starts with '{'). */
public enum SubmissionFormat {
    AUTO,
    JSON,
    TEXT
}
