package org.corroborate.merge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.corroborate.incident.IncidentReport;
import org.corroborate.incident.IncidentType;
import org.corroborate.incident.Target;
import org.corroborate.report.DateInterval;
import org.corroborate.report.Party;
import org.corroborate.report.Place;

/**
 * What merging compares of one incident report: its type, date, place and the parties it names.
 *
 * @param namedVictims victims named as people ("Ignacio Ellacuria"), as written
 * @param describedVictims victims only described ("six Jesuit priests"), as written
 * @param targets physical targets as written ("the Central American University")
 * @param perpetrators perpetrators by canonical actor when resolved, else as written
 */
public record IncidentProfile(IncidentType type, DateInterval date, Optional<Place> place, List<String> namedVictims,
                              List<String> describedVictims, List<String> targets, List<String> perpetrators) {

    public IncidentProfile {
        namedVictims = List.copyOf(namedVictims);
        describedVictims = List.copyOf(describedVictims);
        targets = List.copyOf(targets);
        perpetrators = List.copyOf(perpetrators);
    }

    /**
     * The profile of {@code report} in an article published on {@code published}: an incident the article does not
     * date happened on or before its publication.
     */
    public static IncidentProfile of(IncidentReport report, Optional<LocalDate> published) {
        DateInterval date = report.date().isKnown() || published.isEmpty() ? report.date()
                : DateInterval.before(published.get(), null);
        return new IncidentProfile(report.type(), date, report.place(),
                report.victims().stream().filter(Party::named).map(Party::text).toList(),
                report.victims().stream().filter(p -> !p.named()).map(Party::text).toList(),
                report.targets().stream().map(Target::text).toList(),
                report.perpetrators().stream().map(p -> p.actor().orElse(p.text())).toList());
    }
}
