package org.newsflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which part of the one bench JVM a thread works for, from its name (Kafka Streams and producer threads carry the
 * application id), and the CPU time each part used between two points of a run.
 */
final class AppThreads {

    static final List<String> APPS = List.of("ingest", "enrich", "projections");

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> start = new HashMap<>();

    /** Starts counting from now. */
    AppThreads() {
        for (long id : threads.getAllThreadIds()) {
            start.put(id, Math.max(0, threads.getThreadCpuTime(id)));
        }
    }

    /** CPU nanoseconds per part since this was created, for the threads still alive. */
    Map<String, Long> cpuSinceStart() {
        Map<String, Long> out = new HashMap<>();
        long[] ids = threads.getAllThreadIds();
        ThreadInfo[] infos = threads.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            long now = threads.getThreadCpuTime(ids[i]);
            if (infos[i] == null || now < 0) {
                continue;
            }
            out.merge(part(infos[i].getThreadName()), now - start.getOrDefault(ids[i], 0L), Long::sum);
        }
        return out;
    }

    /** ingest / enrich / projections (pipeline or alone), broker, or other (load generator, registry, probes). */
    static String part(String thread) {
        for (String app : APPS) {
            if (thread.contains("solo-" + app.substring(0, 4))) {
                return app + " (alone)";
            }
            if (thread.contains("newsflow-" + app)) {
                return app;
            }
        }
        if (thread.contains("bench-replay")) {
            return "projections (replay)";
        }
        if (thread.startsWith("data-plane") || thread.contains("kafka-request-handler") || thread.contains("broker")
                || thread.contains("Replica") || thread.contains("kafka-log") || thread.contains("group-coordinator")
                || thread.contains("TxnMarker") || thread.contains("transaction") || thread.contains("controller")
                || thread.contains("kafka-scheduler") || thread.contains("quorum") || thread.contains("raft")) {
            return "broker";
        }
        return "other";
    }
}
