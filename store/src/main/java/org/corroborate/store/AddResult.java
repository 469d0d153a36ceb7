package org.corroborate.store;

import java.util.List;

/**
 * What adding one article did.
 *
 * @param articleId the stored article's id (the earlier one for a duplicate)
 * @param duplicate true when the same content was already stored: nothing was written
 * @param copyOf the article key of an earlier article this text is a copy of, when it is one
 * @param newIncidents incidents the article started
 * @param mergedIncidents incidents the article's reports joined, with the reason
 */
public record AddResult(long articleId, boolean duplicate, java.util.Optional<String> copyOf, List<Long> newIncidents,
                        List<Merge> mergedIncidents) {

    /** One report joining a known incident. */
    public record Merge(long incidentId, String reportKey, String explanation) {
    }

    public AddResult {
        newIncidents = List.copyOf(newIncidents);
        mergedIncidents = List.copyOf(mergedIncidents);
    }

    static AddResult duplicateOf(long articleId) {
        return new AddResult(articleId, true, java.util.Optional.empty(), List.of(), List.of());
    }
}
