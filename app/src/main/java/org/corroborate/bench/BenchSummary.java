package org.corroborate.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What the rounds of a bench run add up to. The table shows each pipeline's median run; the ratio of the two
 * pipelines is the median of each round's own ratio, as the two runs of a round ran side by side, in the same state
 * of the machine (the stock pipeline's speed moves by a fifth from round to round on a shared machine).
 */
final class BenchSummary {

    private BenchSummary() {
    }

    /** The measures compared, in the order of the table's columns and of {@link #ratios}' result. */
    private static final List<ToDoubleFunction<BenchResult>> MEASURES = List.of(BenchResult::loadSeconds,
            BenchResult::articlesPerSecond, BenchResult::tokensPerSecond, BenchResult::peakHeapMb,
            BenchResult::peakRssMb);

    /**
     * The median run by run time; of an even number of runs, the mean of the two middle ones (of two rounds, not the
     * slower of them).
     */
    static BenchResult median(List<BenchResult> results) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("no run to summarise");
        }
        List<BenchResult> sorted = new ArrayList<>(results);
        sorted.sort((x, y) -> Double.compare(x.runSeconds(), y.runSeconds()));
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        BenchResult a = sorted.get(middle - 1);
        BenchResult b = sorted.get(middle);
        return new BenchResult(a.pipeline(), a.articles(), a.tokens(), mean(a.loadSeconds(), b.loadSeconds()),
                mean(a.runSeconds(), b.runSeconds()), mean(a.peakHeapMb(), b.peakHeapMb()),
                mean(a.peakRssMb(), b.peakRssMb()));
    }

    /**
     * Per measure (load seconds, articles/s, tokens/s, peak heap, peak RSS), the median over the rounds of
     * {@code ours} / {@code stock} in that round.
     *
     * @param ours the runs of one pipeline, one per round
     * @param stock the runs of the other, in the same rounds
     */
    static double[] ratios(List<BenchResult> ours, List<BenchResult> stock) {
        if (ours.size() != stock.size() || ours.isEmpty()) {
            throw new IllegalArgumentException("both pipelines need one run per round");
        }
        double[] ratios = new double[MEASURES.size()];
        for (int m = 0; m < MEASURES.size(); m++) {
            double[] perRound = new double[ours.size()];
            for (int r = 0; r < ours.size(); r++) {
                perRound[r] = MEASURES.get(m).applyAsDouble(ours.get(r)) / MEASURES.get(m).applyAsDouble(stock.get(r));
            }
            ratios[m] = median(perRound);
        }
        return ratios;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : mean(sorted[middle - 1], sorted[middle]);
    }

    private static double mean(double a, double b) {
        return (a + b) / 2;
    }
}
