package org.corroborate.report;

import java.util.Optional;

/**
 * Something in an article that could not be read or understood. Problems ride with the report and are counted in
 * run summaries; they are never silently dropped.
 *
 * @param code a stable machine-readable code, e.g. {@code date-inferred}, {@code empty-text}
 * @param message what happened and, where the user can act, what to do
 */
public record Problem(String code, String message, Optional<Span> span) {

    public static Problem of(String code, String message) {
        return new Problem(code, message, Optional.empty());
    }
}
