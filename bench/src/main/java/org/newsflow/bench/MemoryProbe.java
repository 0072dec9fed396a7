package org.newsflow.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Heap used and resident set size of this JVM, once (after a GC, for idle) or sampled while load runs. */
final class MemoryProbe implements AutoCloseable {

    record Sample(double heapUsedMb, double rssMb) {
    }

    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;
    private volatile boolean running = true;

    private MemoryProbe(long everyMillis) {
        thread = new Thread(() -> {
            while (running) {
                samples.add(now());
                try {
                    Thread.sleep(everyMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-memory");
        thread.setDaemon(true);
        thread.start();
    }

    static MemoryProbe sampling(long everyMillis) {
        return new MemoryProbe(everyMillis);
    }

    static Sample now() {
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new Sample(heap / 1048576.0, Machine.residentBytes() / 1048576.0);
    }

    /** Settled: after a full GC and a pause, the live heap and the RSS. */
    static Sample idle() throws InterruptedException {
        System.gc();
        Thread.sleep(1000);
        return now();
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(2000);
    }
}
