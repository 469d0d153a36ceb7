package org.corroborate.eval;

import java.util.Arrays;
import java.util.function.BiPredicate;

/**
 * The optimal one-to-one alignment of gold items with predicted items when a pair either matches or does not: a
 * maximum bipartite matching (the Hungarian alignment for 0/1 similarity), computed with augmenting paths.
 */
final class Alignment {

    private Alignment() {
    }

    /**
     * The number of aligned pairs.
     *
     * @param matches whether gold item {@code g} and predicted item {@code p} may be aligned
     */
    static int size(int gold, int predicted, BiPredicate<Integer, Integer> matches) {
        int[] goldOf = new int[predicted];
        Arrays.fill(goldOf, -1);
        int aligned = 0;
        for (int g = 0; g < gold; g++) {
            if (augment(g, predicted, matches, goldOf, new boolean[predicted])) {
                aligned++;
            }
        }
        return aligned;
    }

    private static boolean augment(int g, int predicted, BiPredicate<Integer, Integer> matches, int[] goldOf,
                                   boolean[] seen) {
        for (int p = 0; p < predicted; p++) {
            if (seen[p] || !matches.test(g, p)) {
                continue;
            }
            seen[p] = true;
            if (goldOf[p] < 0 || augment(goldOf[p], predicted, matches, goldOf, seen)) {
                goldOf[p] = g;
                return true;
            }
        }
        return false;
    }
}
