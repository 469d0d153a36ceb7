package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FoldSplitTest {

    /** Documents 0 .. 22, each named twice, as the examples of a document are. */
    private static final List<Integer> DOCUMENTS = IntStream.range(0, 46).map(i -> i / 2).boxed().toList();

    private static Map<Integer, Long> sizes(Map<Integer, Integer> folds) {
        return folds.values().stream().collect(Collectors.groupingBy(f -> f, Collectors.counting()));
    }

    @Test
    void interleavedPutsDocumentDInFoldDModFive() {
        Map<Integer, Integer> folds = new FoldSplit(FoldSplit.Kind.interleaved, 1).assign(DOCUMENTS);

        assertThat(folds).hasSize(23).containsEntry(0, 0).containsEntry(7, 2).containsEntry(22, 2);
    }

    @Test
    void contiguousKeepsNeighboursTogetherInFiveRunsInOrder() {
        Map<Integer, Integer> folds = new FoldSplit(FoldSplit.Kind.contiguous, 1).assign(DOCUMENTS);

        assertThat(folds).hasSize(23).containsEntry(0, 0).containsEntry(4, 0).containsEntry(5, 1)
                .containsEntry(22, 4);
        for (int d = 1; d < 23; d++) {
            assertThat(folds.get(d) - folds.get(d - 1)).as("document %d", d).isBetween(0, 1);
        }
        assertThat(sizes(folds).values()).hasSize(LinearTrainer.FOLDS)
                .allSatisfy(n -> assertThat(n).isBetween(4L, 5L));
    }

    @Test
    void shuffledDealsFoldsOfEqualSizeTheSameWayForOneSeed() {
        Map<Integer, Integer> seven = new FoldSplit(FoldSplit.Kind.shuffled, 7).assign(DOCUMENTS);
        Map<Integer, Integer> again = new FoldSplit(FoldSplit.Kind.shuffled, 7).assign(DOCUMENTS);
        Map<Integer, Integer> eight = new FoldSplit(FoldSplit.Kind.shuffled, 8).assign(DOCUMENTS);
        Map<Integer, Integer> interleaved = new FoldSplit(FoldSplit.Kind.interleaved, 7).assign(DOCUMENTS);

        assertThat(seven).hasSize(23).isEqualTo(again).isNotEqualTo(eight).isNotEqualTo(interleaved);
        assertThat(sizes(seven).values()).hasSize(LinearTrainer.FOLDS)
                .allSatisfy(n -> assertThat(n).isBetween(4L, 5L));
    }
}
