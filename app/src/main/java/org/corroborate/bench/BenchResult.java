package org.corroborate.bench;

/** What one worker measured. */
record BenchResult(String pipeline, int articles, long tokens, double loadSeconds, double runSeconds,
                   double peakHeapMb, double peakRssMb) {

    double articlesPerSecond() {
        return articles / Math.max(runSeconds, 1e-9);
    }

    double tokensPerSecond() {
        return tokens / Math.max(runSeconds, 1e-9);
    }
}
