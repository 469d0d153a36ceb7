package org.corroborate.eval;

import java.util.List;
import java.util.Set;

/**
 * CEAF-REE for one document and role: gold entities (sets of alternative strings) are aligned one-to-one with
 * predicted strings, a pair scoring 1 when the string is one of the entity's alternatives.
 */
final class CeafRee {

    private CeafRee() {
    }

    /** The size of the optimal one-to-one alignment. */
    static int matched(List<Set<String>> gold, List<String> predicted) {
        return Alignment.size(gold.size(), predicted.size(), (g, p) -> gold.get(g).contains(predicted.get(p)));
    }
}
