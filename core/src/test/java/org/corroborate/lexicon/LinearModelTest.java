package org.corroborate.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearModelTest {

    private static LinearModel model(String table, int classes) throws IOException {
        return LinearModel.of(Tsv.read(new BufferedReader(new StringReader(table)), "model.tsv", classes + 1,
                classes + 1), classes, "model.tsv");
    }

    @Test
    void binaryModelIsTheLogisticOfBiasAndWeightsOfThePresentFeatures() throws IOException {
        LinearModel m = model("""
                # feature\trelevant
                threshold\t0.5
                bias\t-1.0
                word=bomb\t3.0
                word=clash\t-3.0
                """, 1);
        assertThat(m.probabilities(List.of("word=bomb"))[0]).isCloseTo(1 / (1 + Math.exp(-2.0)), within(1e-9));
        assertThat(m.accepts(List.of("word=bomb"), 0)).isTrue();
        assertThat(m.accepts(List.of("word=bomb", "word=clash"), 0)).isFalse();
    }

    @Test
    void featuresTheModelDoesNotKnowWeighNothing() throws IOException {
        LinearModel m = model("threshold\t0.5\nbias\t0.0\nword=bomb\t3.0\n", 1);
        assertThat(m.probabilities(List.of("word=never-seen"))[0]).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void oneAgainstRestProbabilitiesSumToOne() throws IOException {
        LinearModel m = model("threshold\t0.3\t0.3\t1.0\nbias\t0.1\t-0.2\t0.0\ngov=kill\t2.0\t-1.0\t-1.0\n", 3);
        double[] p = m.probabilities(List.of("gov=kill"));
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-9));
        assertThat(p[0]).isGreaterThan(p[1]).isGreaterThan(0);
        assertThat(m.threshold(2)).isEqualTo(1.0);
    }

    @Test
    void aWeightThatIsNotANumberIsNamedWithItsLine() {
        assertThatThrownBy(() -> model("threshold\t0.5\nword=bomb\tthree\n", 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("model.tsv line 2").hasMessageContaining("'three'");
    }

    @Test
    void theFallbackRowIsReadAndAbsentFallbacksAreNeverReached() throws IOException {
        assertThat(model("threshold\t0.5\t0.4\nfallback\t2\t0.2\nbias\t0\t0\n", 2).fallback(1)).isEqualTo(0.2);
        assertThat(model("threshold\t0.5\nbias\t0\n", 1).fallback(0)).isGreaterThan(1.0);
    }

    @Test
    void theFloorRowIsReadAndAbsentFloorsAreZero() throws IOException {
        assertThat(model("threshold\t0.5\t0.4\nfloor\t0.1\t0.2\nbias\t0\t0\n", 2).floor(1)).isEqualTo(0.2);
        assertThat(model("threshold\t0.5\nbias\t0\n", 1).floor(0)).isZero();
    }

    @Test
    void theAcceptingModelTakesEveryExample() {
        assertThat(LinearModel.acceptingAll(1).accepts(List.of("anything"), 0)).isTrue();
    }
}
