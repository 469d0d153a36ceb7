package org.corroborate.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * CEAF-REE for one document and role: gold entities (sets of alternative strings) are aligned one-to-one with
 * predicted strings, a pair scoring 1 when the string is one of the entity's alternatives. With 0/1 similarity the
 * optimal (Hungarian) alignment is a maximum bipartite matching, computed here with augmenting paths.
 */
final class CeafRee {

    private CeafRee() {
    }

    /** The size of the optimal one-to-one alignment. */
    static int matched(List<Set<String>> gold, List<String> predicted) {
        int[] goldOf = new int[predicted.size()];
        Arrays.fill(goldOf, -1);
        int matched = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (augment(g, gold, predicted, goldOf, new boolean[predicted.size()])) {
                matched++;
            }
        }
        return matched;
    }

    private static boolean augment(int g, List<Set<String>> gold, List<String> predicted, int[] goldOf,
                                   boolean[] seen) {
        for (int p = 0; p < predicted.size(); p++) {
            if (seen[p] || !gold.get(g).contains(predicted.get(p))) {
                continue;
            }
            seen[p] = true;
            if (goldOf[p] < 0 || augment(goldOf[p], gold, predicted, goldOf, seen)) {
                goldOf[p] = g;
                return true;
            }
        }
        return false;
    }
}
