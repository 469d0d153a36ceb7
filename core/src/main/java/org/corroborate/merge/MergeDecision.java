package org.corroborate.merge;

import java.util.List;

/**
 * Why an incident report joins an incident.
 *
 * @param score how strongly the reasons bind; the candidate incident with the highest score wins
 * @param reasons what a user reads: "same day; San Salvador inside San Salvador province; same victim: Ignacio
 *     Ellacuria"
 */
public record MergeDecision(int score, List<String> reasons) {

    public MergeDecision {
        reasons = List.copyOf(reasons);
    }

    /** The reasons as one line. */
    public String explanation() {
        return String.join("; ", reasons);
    }
}
