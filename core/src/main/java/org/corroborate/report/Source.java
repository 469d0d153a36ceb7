package org.corroborate.report;

import java.util.Optional;

/**
 * Who a statement, figure or attribution comes from. The article itself is represented by the absence of a
 * source ({@code Optional.empty()}), never by a Source.
 *
 * @param name the source as the text names it ("the leader of the Baloch Nationalist Army", "The Hindu")
 * @param actor the canonical actor name when the source is a known actor
 */
public record Source(String name, Optional<String> actor, SourceKind kind, Optional<Span> span) {
}
