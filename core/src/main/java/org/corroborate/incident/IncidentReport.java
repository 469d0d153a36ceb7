package org.corroborate.incident;

import java.util.List;
import java.util.Optional;
import org.corroborate.report.DateInterval;
import org.corroborate.report.Party;
import org.corroborate.report.Place;
import org.corroborate.report.Span;
import org.corroborate.report.Status;

/**
 * One incident as one article reports it: what happened, when, where, by whom, to whom, with what figures.
 *
 * @param id unique within the article ("i1", "i2", ...)
 * @param coding the incident's codes in GTD, ACLED and MUC-4 terms
 * @param suicide empty when the article does not say
 * @param status how firmly the article reports that the incident happened
 * @param evidence the words the incident was read from; never empty
 */
public record IncidentReport(String id, IncidentType type, Stage stage, IncidentCoding.Codes coding,
                             DateInterval date, Optional<Place> place, List<Party> perpetrators,
                             List<Party> claimedBy, List<Party> victims, List<Target> targets,
                             List<Weapon> weapons, Figures figures, Optional<Boolean> suicide, Status status,
                             List<Span> evidence) {

    public IncidentReport {
        perpetrators = List.copyOf(perpetrators);
        claimedBy = List.copyOf(claimedBy);
        victims = List.copyOf(victims);
        targets = List.copyOf(targets);
        weapons = List.copyOf(weapons);
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("incident " + id + " needs evidence");
        }
    }
}
