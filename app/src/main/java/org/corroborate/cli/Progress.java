package org.corroborate.cli;

import java.io.PrintWriter;

/**
 * Progress of long work on stderr: a line that rewrites itself on a terminal, a line every ten seconds otherwise.
 */
final class Progress {

    private final PrintWriter err;
    private final String task;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private long lastPrint = start;
    private int done;
    private boolean lineOpen;

    Progress(PrintWriter err, String task) {
        this.err = err;
        this.task = task;
    }

    void tick(int failed) {
        done++;
        long now = System.nanoTime();
        long interval = terminal ? 200_000_000L : 10_000_000_000L;
        if (now - lastPrint >= interval) {
            lastPrint = now;
            double seconds = (now - start) / 1e9;
            String line = String.format("[%s] %d done, %d failed, %.2f/s, %.0f s", task, done, failed,
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

    void message(String text) {
        if (lineOpen) {
            err.println();
            lineOpen = false;
        }
        err.println(text);
        err.flush();
    }

    void done() {
        if (lineOpen) {
            err.println();
            lineOpen = false;
        }
    }
}
