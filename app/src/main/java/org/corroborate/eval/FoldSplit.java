package org.corroborate.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How cross-validation puts documents into {@link LinearTrainer#FOLDS} folds; the examples of one document always
 * share a fold.
 *
 * @param kind how documents are dealt out
 * @param seed the shuffle's seed, for {@link Kind#shuffled} only
 */
record FoldSplit(Kind kind, long seed) {

    /** How documents are dealt out (named as {@code --folds} takes them). */
    enum Kind {
        /** Document d goes to fold d mod {@link LinearTrainer#FOLDS}: neighbours always fall in different folds. */
        interleaved,
        /** Runs of consecutive documents, one per fold, the first in fold 0: neighbours share a fold. */
        contiguous,
        /** A seeded shuffle dealt out in turn, into folds of equal size. */
        shuffled
    }

    /** Each document's fold. */
    Map<Integer, Integer> assign(List<Integer> documents) {
        List<Integer> sorted = documents.stream().distinct().sorted().toList();
        Map<Integer, Integer> folds = new HashMap<>();
        switch (kind) {
            case interleaved -> sorted.forEach(d -> folds.put(d, d % LinearTrainer.FOLDS));
            case contiguous -> {
                for (int i = 0; i < sorted.size(); i++) {
                    folds.put(sorted.get(i), i * LinearTrainer.FOLDS / sorted.size());
                }
            }
            case shuffled -> {
                List<Integer> shuffled = new ArrayList<>(sorted);
                Collections.shuffle(shuffled, new Random(seed));
                for (int i = 0; i < shuffled.size(); i++) {
                    folds.put(shuffled.get(i), i % LinearTrainer.FOLDS);
                }
            }
        }
        return folds;
    }

    /** The split as a summary table names it. */
    String describe() {
        return switch (kind) {
            case interleaved -> "document d in fold d mod " + LinearTrainer.FOLDS;
            case contiguous -> "folds of consecutive documents";
            case shuffled -> "documents shuffled with seed " + seed;
        };
    }

    /** The {@code learn} options that ask for this split, each with a leading space, or nothing for the default. */
    String options() {
        return switch (kind) {
            case interleaved -> "";
            case contiguous -> " --folds contiguous";
            case shuffled -> " --fold-seed " + seed;
        };
    }
}
