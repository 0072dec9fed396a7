package org.newsflow.projections.model;

import java.util.List;

/**
 * One Kafka Streams app of the pipeline as its consumer group shows it: state (STABLE, EMPTY, DEAD, ...),
 * members, and records behind the end of its input partitions. {@code error} says why a figure is missing.
 * {@code healthy} is false when the app is not really working, and {@code problems} says why (threads failing in a
 * loop, no progress while input waits).
 */
public record AppStatus(String name, String applicationId, String state, int members, long lag, String error,
                        boolean healthy, List<String> problems) {

    public AppStatus(String name, String applicationId, String state, int members, long lag, String error) {
        this(name, applicationId, state, members, lag, error, true, List.of());
    }

    public AppStatus withProblems(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(problems);
        more.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return new AppStatus(name, applicationId, state, members, lag, error, false, List.copyOf(all));
    }
}
