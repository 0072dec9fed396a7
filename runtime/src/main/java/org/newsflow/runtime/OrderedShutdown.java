package org.newsflow.runtime;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a service has started, stopped in reverse order on {@link #close()} or when a later start step fails: a
 * failure to stop one never keeps the others running.
 */
public final class OrderedShutdown implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OrderedShutdown.class);

    private final String owner;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    /** {@code owner} names what is being stopped in the log, e.g. "the ingest service". */
    public OrderedShutdown(String owner) {
        this.owner = owner;
    }

    /** Remembers {@code component} to be stopped before everything added earlier; returns it. */
    public synchronized <T extends AutoCloseable> T add(T component) {
        started.push(component);
        return component;
    }

    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            AutoCloseable component = started.pop();
            try {
                component.close();
            } catch (Exception e) {
                LOG.warn("Error while stopping {} ({}): {}", owner, component.getClass().getSimpleName(),
                        e.toString());
            }
        }
    }
}
