package org.newsflow.projections.streams;

import java.util.function.Function;
import org.apache.kafka.streams.state.HostInfo;

/** Where an answer is: here, nowhere, on another instance, or not answerable right now (rebalancing, restoring). */
public sealed interface Lookup<T> {

    record Found<T>(T value) implements Lookup<T> {
    }

    record NotFound<T>(String reason) implements Lookup<T> {
    }

    record Elsewhere<T>(HostInfo host) implements Lookup<T> {
    }

    record Unavailable<T>(String reason) implements Lookup<T> {
    }

    @SuppressWarnings("unchecked")
    default <R> Lookup<R> map(Function<T, R> f) {
        if (this instanceof Found<T> found) {
            return new Found<>(f.apply(found.value()));
        }
        return (Lookup<R>) this;
    }
}
