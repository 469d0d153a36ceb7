package org.corroborate.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.incident.IncidentType;
import org.corroborate.report.DateInterval;
import org.corroborate.report.DatePrecision;

/**
 * Decides whether two reports describe the same incident. Both must be of a compatible type (a killing may be
 * reported as an assassination or an armed assault, never as a bombing), their dates must not exclude each other
 * and their places must not differ. Then one of these must bind them: a victim named in both; victims described
 * alike in words that tell incidents apart ("six Jesuit priests", not "two people"); or the same day (one day
 * apart at most) and a place below the country level that is the same, contains the other or lies near it; or the
 * same day and a physical target named in both. Coarse dates (a week, a month) bind nothing by themselves. A shared day and country alone never does, nor a shared perpetrator (an
 * armed group acts in many places a day). Two reports that both name victims, none in common, are different
 * incidents.
 */
public final class IncidentMatcher {

    private static final Map<IncidentType, String> FAMILY = families();

    /** The decision to merge {@code report} with {@code known}, or empty when they are not the same incident. */
    public Optional<MergeDecision> match(IncidentProfile report, IncidentProfile known) {
        if (!FAMILY.get(report.type()).equals(FAMILY.get(known.type()))) {
            return Optional.empty();
        }
        DateFit date = DateFit.between(report.date(), known.date());
        if (date == DateFit.APART) {
            return Optional.empty();
        }
        PlaceRelation place = PlaceRelation.between(report.place(), known.place());
        if (place.conflicts()) {
            return Optional.empty();
        }
        List<String> victims = shared(report.namedVictims(), known.namedVictims(), true);
        if (victims.isEmpty() && !report.namedVictims().isEmpty() && !known.namedVictims().isEmpty()) {
            return Optional.empty();
        }
        List<String> described = sharedDescriptions(report.describedVictims(), known.describedVictims());
        List<String> targets = shared(report.targets(), known.targets(), false);
        boolean datesMeet = date == DateFit.SAME_DAY || date == DateFit.ONE_DAY_APART;
        boolean bound = !victims.isEmpty() || !described.isEmpty() || datesMeet && (place.strength() >= 2 || !targets.isEmpty()
                && place.strength() >= 0 && specific(targets));
        if (!bound) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        int score = 0;
        if (date != DateFit.UNKNOWN) {
            reasons.add(date.reason);
            score += date.score;
        }
        if (!place.reason().isEmpty()) {
            reasons.add(place.reason());
            score += place.strength();
        }
        if (!victims.isEmpty()) {
            reasons.add((victims.size() == 1 ? "same victim: " : "same victims: ") + String.join(", ", victims));
            score += 3 + victims.size();
        }
        if (!described.isEmpty()) {
            reasons.add("same victims described: " + String.join(", ", described));
            score += 2;
        }
        if (!targets.isEmpty()) {
            reasons.add("same target: " + String.join(", ", targets));
            score += 1;
        }
        List<String> perpetrators = shared(report.perpetrators(), known.perpetrators(), false);
        if (!perpetrators.isEmpty()) {
            reasons.add("same perpetrator: " + String.join(", ", perpetrators));
            score += 1;
        }
        if (report.type() == known.type()) {
            score += 1;
        } else {
            reasons.add(label(report.type()) + " and " + label(known.type()) + " reports");
        }
        return Optional.of(new MergeDecision(score, reasons));
    }

    /** The names in {@code a} that {@code b} also has (as persons, or as the same words). */
    private static List<String> shared(List<String> a, List<String> b, boolean persons) {
        List<String> out = new ArrayList<>();
        for (String x : a) {
            boolean found = b.stream().anyMatch(y -> persons ? Names.samePerson(x, y)
                    : !Names.normalize(x).isEmpty() && Names.normalize(x).equals(Names.normalize(y)));
            if (found && out.stream().noneMatch(o -> Names.normalize(o).equals(Names.normalize(x)))) {
                out.add(x);
            }
        }
        return out;
    }

    /** The distinctive descriptions ("jesuit priests") that both lists hold. */
    private static List<String> sharedDescriptions(List<String> a, List<String> b) {
        List<String> theirs = b.stream().map(Names::distinctiveDescription).flatMap(Optional::stream).toList();
        return a.stream().map(Names::distinctiveDescription).flatMap(Optional::stream).filter(theirs::contains)
                .distinct().toList();
    }

    /** A target worth binding on names something ("the Central American University"), not a "house" or a "bus". */
    private static boolean specific(List<String> targets) {
        return targets.stream().anyMatch(t -> Names.normalize(t).replaceFirst("^(the|a|an) ", "").split(" ").length
                >= 3);
    }

    private static String label(IncidentType type) {
        return type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static Map<IncidentType, String> families() {
        Map<IncidentType, String> family = new EnumMap<>(IncidentType.class);
        for (IncidentType type : IncidentType.values()) {
            family.put(type, switch (type) {
                case ARMED_ASSAULT, ASSASSINATION, UNARMED_ASSAULT -> "attack on people";
                case BOMBING, ARSON_SABOTAGE, SHELLING, AIR_DRONE_STRIKE -> "explosion or fire";
                case KIDNAPPING, HIJACKING, HOSTAGE_BARRICADE -> "taking people";
                default -> type.name();
            });
        }
        return family;
    }

    /** How two date intervals fit. */
    private enum DateFit {
        SAME_DAY(3, "same day"), OVERLAP(2, "overlapping dates"), ONE_DAY_APART(2, "dates one day apart"),
        COMPATIBLE(1, "dates compatible"), UNKNOWN(0, ""), APART(0, "");

        final int score;
        final String reason;

        DateFit(int score, String reason) {
            this.score = score;
            this.reason = reason;
        }

        static DateFit between(DateInterval a, DateInterval b) {
            if (!a.isKnown() || !b.isKnown()) {
                return UNKNOWN;
            }
            LocalDate startA = a.start().orElse(LocalDate.MIN);
            LocalDate startB = b.start().orElse(LocalDate.MIN);
            LocalDate endA = a.end().orElse(LocalDate.MAX);
            LocalDate endB = b.end().orElse(LocalDate.MAX);
            boolean overlap = !startA.isAfter(endB) && !startB.isAfter(endA);
            boolean open = a.precision() == DatePrecision.BEFORE || b.precision() == DatePrecision.BEFORE;
            if (overlap) {
                if (open) {
                    return COMPATIBLE;
                }
                boolean days = a.precision() == DatePrecision.DAY && b.precision() == DatePrecision.DAY;
                return days && startA.equals(startB) ? SAME_DAY : OVERLAP;
            }
            if (a.precision() == DatePrecision.DAY && b.precision() == DatePrecision.DAY
                    && Math.abs(ChronoUnit.DAYS.between(startA, startB)) == 1) {
                return ONE_DAY_APART;
            }
            return APART;
        }
    }
}
