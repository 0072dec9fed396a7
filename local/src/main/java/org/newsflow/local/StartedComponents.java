package org.newsflow.local;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What has been started, to be stopped in reverse order: a failure to stop one never keeps the others running. */
final class StartedComponents implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StartedComponents.class);

    private final List<AutoCloseable> started = new ArrayList<>();

    <T extends AutoCloseable> T add(T component) {
        started.add(component);
        return component;
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            AutoCloseable component = started.get(i);
            try {
                component.close();
            } catch (Exception e) {
                LOG.warn("Error while stopping {}: {}", component.getClass().getSimpleName(), e.toString());
            }
        }
        started.clear();
    }
}
