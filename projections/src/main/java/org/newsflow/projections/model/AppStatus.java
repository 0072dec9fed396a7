package org.newsflow.projections.model;

/**
 * One Kafka Streams app of the pipeline as its consumer group shows it: state (STABLE, EMPTY, DEAD, ...),
 * members, and records behind the end of its input partitions. {@code error} says why a figure is missing.
 */
public record AppStatus(String name, String applicationId, String state, int members, long lag, String error) {
}
