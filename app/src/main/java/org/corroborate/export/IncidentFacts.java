package org.corroborate.export;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corroborate.incident.FigureKind;
import org.corroborate.incident.IncidentCoding;
import org.corroborate.place.Countries;
import org.corroborate.store.FigureRange;
import org.corroborate.store.IncidentDetail;
import org.corroborate.store.IncidentSummary;

/**
 * One incident flattened for a row of a CSV export: its parties across all reports (each once), its codebook codes,
 * and each figure's range across sources.
 */
final class IncidentFacts {

    private static final IncidentCoding CODING = new IncidentCoding();

    private final IncidentDetail detail;
    private final IncidentCoding.Codes codes;

    IncidentFacts(IncidentDetail detail) {
        this.detail = detail;
        this.codes = CODING.codesFor(detail.summary().type(), suicide());
    }

    IncidentSummary summary() {
        return detail.summary();
    }

    IncidentCoding.Codes codes() {
        return codes;
    }

    /** Distinct parties of {@code role} over all reports, by canonical actor name where there is one. */
    List<String> parties(String role) {
        Set<String> names = new LinkedHashSet<>();
        for (IncidentDetail.SourceReport report : detail.reports()) {
            for (IncidentDetail.PartyRow party : report.parties()) {
                if (party.role().equals(role)) {
                    names.add(party.actor().orElse(party.text()));
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** The first GTD code given to a party of {@code role} (a target or weapon type). */
    Optional<String> code(String role) {
        return detail.reports().stream().flatMap(r -> r.parties().stream())
                .filter(p -> p.role().equals(role) && p.code().isPresent()).map(p -> p.code().get()).findFirst();
    }

    /** True when any report calls it a suicide attack. */
    boolean suicide() {
        return detail.reports().stream().anyMatch(r -> r.suicide().orElse(false));
    }

    /** True when any report says the attack was carried out (not only attempted or threatened). */
    boolean accomplished() {
        return detail.reports().stream().anyMatch(r -> r.stage().equals("ACCOMPLISHED"));
    }

    Optional<FigureRange> figure(FigureKind kind) {
        return Optional.ofNullable(detail.summary().figures().get(kind));
    }

    /** The sources (outlets or credited agencies) in the order they reported. */
    List<String> sources() {
        return detail.reports().stream().map(IncidentDetail.SourceReport::source).distinct().toList();
    }

    /** The days the incident's date spans; empty when undated. */
    Optional<Long> days() {
        IncidentSummary s = detail.summary();
        if (s.start().isEmpty()) {
            return Optional.empty();
        }
        LocalDate end = s.end().orElse(s.start().get());
        return Optional.of(ChronoUnit.DAYS.between(s.start().get(), end) + 1);
    }

    Optional<IncidentSummary.Location> location() {
        return detail.summary().location();
    }

    /** The country's English name from the ISO code ("SV" is El Salvador), or the stored text when not a code. */
    Optional<String> countryName() {
        return location().flatMap(IncidentSummary.Location::country).map(IncidentFacts::countryName);
    }

    static String countryName(String code) {
        return Countries.name(code).orElse(code);
    }

    /** A one-line description: the first report's title or evidence. */
    String summaryText() {
        return detail.summary().title();
    }
}
