package org.corroborate.incident;

import java.util.Optional;
import org.corroborate.report.Span;

/** A physical or institutional target ("passenger train", "police checkpoint"), with its GTD target type. */
public record Target(String text, Optional<String> gtdTargetType, Span evidence) {
}
