package org.newsflow.ingest.cli;

import java.io.PrintWriter;

/** A one-line progress bar redrawn in place; silent when output is not a terminal. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final int total;
    private final boolean enabled;
    private long lastDrawn;

    ProgressBar(PrintWriter out, int total, boolean enabled) {
        this.out = out;
        this.total = Math.max(total, 1);
        this.enabled = enabled;
    }

    static ProgressBar onTerminal(PrintWriter out, int total) {
        return new ProgressBar(out, total, System.console() != null);
    }

    void update(int done, int articles, boolean force) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (!force && now - lastDrawn < 100_000_000L) {
            return;
        }
        lastDrawn = now;
        int filled = (int) ((long) WIDTH * Math.min(done, total) / total);
        out.printf("\r[%s%s] %d/%d files, %d articles", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total,
                articles);
        out.flush();
    }

    void finish() {
        if (enabled) {
            out.println();
        }
    }
}
