package org.corroborate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchSummaryTest {

    private static BenchResult run(double loadSeconds, double runSeconds, double rssMb) {
        return new BenchResult("p", 100, 50_000, loadSeconds, runSeconds, 1000, rssMb);
    }

    @Test
    void medianOfTwoRoundsIsTheirMeanNotTheSlower() {
        BenchResult m = BenchSummary.median(List.of(run(10, 60, 2000), run(12, 80, 2200)));
        assertThat(m.runSeconds()).isEqualTo(70);
        assertThat(m.loadSeconds()).isEqualTo(11);
        assertThat(m.peakRssMb()).isEqualTo(2100);
        assertThat(m.articles()).isEqualTo(100);
    }

    @Test
    void medianOfAnOddNumberOfRoundsIsTheMiddleRun() {
        BenchResult middle = run(11, 70, 2100);
        assertThat(BenchSummary.median(List.of(run(10, 90, 2000), middle, run(12, 50, 2200)))).isSameAs(middle);
    }

    @Test
    void ratioComparesTheRunsOfEachRoundBeforeTakingTheMedian() {
        // In two of three rounds ours takes 1.25 times as long as the stock pipeline; in the second, the stock run was
        // slowed down (a busy machine). The rounds' median ratio is 0.8 in articles/s; the ratio of the two
        // pipelines' median runs (100 s against 100 s) would say 1.0.
        List<BenchResult> ours = List.of(run(20, 50, 3000), run(20, 100, 3000), run(20, 125, 3000));
        List<BenchResult> stock = List.of(run(10, 40, 2000), run(10, 130, 2000), run(10, 100, 2000));
        assertThat(BenchSummary.median(ours).articlesPerSecond() / BenchSummary.median(stock).articlesPerSecond())
                .isCloseTo(1.0, within(1e-9));
        double[] ratios = BenchSummary.ratios(ours, stock);
        assertThat(ratios[0]).isEqualTo(2.0);
        assertThat(ratios[1]).isCloseTo(0.8, within(1e-9));
        assertThat(ratios[2]).isCloseTo(0.8, within(1e-9));
        assertThat(ratios[4]).isCloseTo(1.5, within(1e-9));
    }
}
