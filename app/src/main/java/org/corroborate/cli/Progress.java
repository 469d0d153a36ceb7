package org.corroborate.cli;

import java.io.PrintWriter;

/**
 * Progress of long work on stderr: a line that rewrites itself on a terminal, a line every ten seconds otherwise.
 */
public final class Progress {

    private final PrintWriter err;
    private final String task;
    private final int total;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private long lastPrint = start;
    private int done;
    private boolean lineOpen;

    /** Progress of work whose size is not known in advance. */
    public Progress(PrintWriter err, String task) {
        this(err, task, 0);
    }

    /** Progress of {@code total} items. */
    public Progress(PrintWriter err, String task, int total) {
        this.err = err;
        this.task = task;
        this.total = total;
    }

    /** One more item done. */
    public void tick() {
        tick(0);
    }

    /** One more item done, with {@code failed} failures so far. */
    public void tick(int failed) {
        done++;
        long now = System.nanoTime();
        long interval = terminal ? 200_000_000L : 10_000_000_000L;
        if (now - lastPrint >= interval) {
            lastPrint = now;
            double seconds = (now - start) / 1e9;
            String count = total > 0 ? done + "/" + total : String.valueOf(done);
            String line = String.format("[%s] %s done, %d failed, %.2f/s, %.0f s", task, count, failed,
                    done / Math.max(seconds, 1e-9), seconds);
            if (terminal) {
                err.print("\r" + line);
                lineOpen = true;
            } else {
                err.println(line);
            }
            err.flush();
        }
    }

    public void message(String text) {
        if (lineOpen) {
            err.println();
            lineOpen = false;
        }
        err.println(text);
        err.flush();
    }

    /** Ends an open progress line. */
    public void done() {
        if (lineOpen) {
            err.println();
            lineOpen = false;
        }
    }
}
