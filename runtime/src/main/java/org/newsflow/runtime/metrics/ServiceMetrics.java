package org.newsflow.runtime.metrics;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** The metrics registry every service's {@code /metrics} shows: Prometheus text, with the JVM's own meters. */
public final class ServiceMetrics {

    private ServiceMetrics() {
    }

    public static PrometheusMeterRegistry prometheus() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        // Prometheus needs one set of tag keys per metric name: window stores tag their state metrics with
        // rocksdb.window.state.id, key-value stores with rocksdb.state.id.
        registry.config().meterFilter(MeterFilter.renameTag("kafka.stream.state", "rocksdb.window.state.id",
                "rocksdb.state.id"));
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        return registry;
    }
}
