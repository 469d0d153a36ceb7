package org.corroborate.store;

import java.time.LocalDate;
import java.util.Optional;
import org.corroborate.incident.IncidentType;

/**
 * Which incidents to list. Text filters match parts of names, case ignored.
 *
 * @param from incidents whose dates reach this day or later
 * @param to incidents whose dates start this day or earlier
 * @param place a place name, province, district or country
 * @param actor a perpetrator, claimant or victim, by name as written or canonical
 * @param minSources at least this many independent sources
 * @param limit at most this many incidents; 0 for all
 */
public record IncidentQuery(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> place,
                            Optional<String> actor, Optional<IncidentType> type, int minSources, int limit,
                            int offset) {

    public IncidentQuery {
        if (minSources < 0 || limit < 0 || offset < 0) {
            throw new IllegalArgumentException("minSources, limit and offset must not be negative");
        }
    }

    /** Every incident. */
    public static IncidentQuery all() {
        return new IncidentQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 0, 0, 0);
    }
}
