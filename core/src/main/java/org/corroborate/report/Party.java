package org.corroborate.report;

import java.util.Optional;

/**
 * A perpetrator, claimant or victim as the article names or describes it.
 *
 * @param actor canonical actor name when resolved
 * @param text the words of the article, as written
 * @param named true for a proper name, false for a description ("six soldiers")
 */
public record Party(Optional<String> actor, String text, PartyKind kind, Status status, Optional<Source> source,
                    Span evidence, boolean named) {
}
