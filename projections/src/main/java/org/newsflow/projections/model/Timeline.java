package org.newsflow.projections.model;

import java.util.List;

/** An actor's buckets between {@code from} and {@code to}, oldest first, one page of them. */
public record Timeline(String actorId, String interval, String from, String to, long total, int offset, int limit,
                       List<TimelineBucket> buckets) {
}
