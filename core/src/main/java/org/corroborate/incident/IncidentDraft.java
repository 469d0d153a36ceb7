package org.corroborate.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** An incident being gathered. */
final class IncidentDraft {
    final IncidentWord anchor;
    final List<IncidentWord> hits = new ArrayList<>();
    final TreeSet<Integer> sentences = new TreeSet<>();
    final int paragraph;
    Optional<LocalDate> day;

    IncidentDraft(IncidentWord anchor, int paragraph, Optional<LocalDate> day) {
        this.anchor = anchor;
        this.paragraph = paragraph;
        this.day = day;
        hits.add(anchor);
        sentences.add(anchor.sentence());
    }
}
