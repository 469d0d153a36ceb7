package org.corroborate.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.corroborate.incident.IncidentType;
import org.corroborate.merge.IncidentMatcher;
import org.corroborate.merge.IncidentProfile;
import org.corroborate.merge.MergeDecision;
import org.corroborate.merge.Names;
import org.corroborate.report.DateInterval;
import org.corroborate.report.DatePrecision;
import org.corroborate.report.Place;
import org.corroborate.report.PlacePrecision;

/**
 * Finds the stored incident a new report belongs to. Candidates are the stored reports whose dates meet the new
 * one's (a day either side) and those naming a victim with one of the same names or describing victims in the same
 * distinctive words; each is compared by the
 * {@link IncidentMatcher} (with the incident's own day, when it has one, in place of the report's), and the incident
 * of the best-scoring match wins; other incidents the report matches too are joined with it. Incidents already
 * holding a report of
 * the same article are never candidates: the extraction keeps an article's incidents apart on purpose.
 */
final class IncidentMerger {

    /**
     * A match: the incident and why, and the other incidents the report also matches (they describe the same
     * happening and are to be joined with it).
     */
    record Match(long incidentId, MergeDecision decision, Map<Long, MergeDecision> alsoMatched) {
    }

    private final Sql sql;
    private final IncidentMatcher matcher = new IncidentMatcher();

    IncidentMerger(Sql sql) {
        this.sql = sql;
    }

    Optional<Match> best(IncidentProfile report, long articleId) {
        Map<Long, MergeDecision> perIncident = new LinkedHashMap<>();
        for (long candidate : candidates(report, articleId)) {
            Optional<StoredReport> stored = load(candidate);
            if (stored.isEmpty()) {
                continue;
            }
            Optional<MergeDecision> decision = matcher.match(report, stored.get().profile());
            decision.ifPresent(d -> perIncident.merge(stored.get().incidentId(), d,
                    (x, y) -> y.score() > x.score() ? y : x));
        }
        Optional<Long> best = perIncident.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<Long, MergeDecision> e) -> e.getValue().score())
                        .thenComparing(e -> -e.getKey()))
                .map(Map.Entry::getKey);
        return best.map(id -> {
            Map<Long, MergeDecision> others = new LinkedHashMap<>(perIncident);
            others.remove(id);
            return new Match(id, perIncident.get(id), others);
        });
    }

    private Set<Long> candidates(IncidentProfile report, long articleId) {
        Set<Long> ids = new LinkedHashSet<>();
        DateInterval date = report.date();
        if (date.start().isPresent() && date.end().isPresent()) {
            ids.addAll(sql.query("""
                    SELECT r.id FROM incident_report r
                    WHERE r.date_start IS NOT NULL AND r.date_end IS NOT NULL AND r.date_start <= ? AND r.date_end >= ?
                      AND r.incident_id NOT IN (SELECT incident_id FROM incident_report WHERE article_id = ?)
                    ORDER BY r.id""", row -> row.getLong(1), date.end().get().plusDays(1),
                    date.start().get().minusDays(1), articleId));
        }
        for (String victim : report.namedVictims()) {
            List<String> words = Names.nameWords(victim);
            Optional<String> surname = words.reversed().stream().filter(w -> w.length() >= 4).findFirst();
            if (surname.isEmpty()) {
                continue;
            }
            ids.addAll(sql.query("""
                    SELECT r.id FROM incident_party p JOIN incident_report r ON r.id = p.incident_report_id
                    WHERE p.role = 'VICTIM' AND p.named = 1 AND p.norm_text LIKE ?
                      AND r.incident_id NOT IN (SELECT incident_id FROM incident_report WHERE article_id = ?)
                    ORDER BY r.id""", row -> row.getLong(1), "%" + surname.get() + "%", articleId));
        }
        for (String description : report.describedVictims()) {
            Optional<String> distinctive = Names.distinctiveDescription(description);
            if (distinctive.isPresent()) {
                ids.addAll(sql.query("""
                        SELECT r.id FROM incident_party p JOIN incident_report r ON r.id = p.incident_report_id
                        WHERE p.role = 'VICTIM' AND p.named = 0 AND p.norm_text LIKE ?
                          AND r.incident_id NOT IN (SELECT incident_id FROM incident_report WHERE article_id = ?)
                        ORDER BY r.id""", row -> row.getLong(1), "%" + distinctive.get() + "%", articleId));
            }
        }
        return ids;
    }

    private record StoredReport(long incidentId, IncidentProfile profile) {
    }

    private Optional<StoredReport> load(long reportId) {
        Optional<StoredReport> head = sql.one("""
                SELECT r.incident_id, r.type, r.date_start, r.date_end, r.date_precision, p.name, p.country, p.admin1,
                       p.admin2, p.lat, p.lon, p.geonames_id, p.precision, a.published, i.date_start AS incident_start,
                       i.date_end AS incident_end
                FROM incident_report r JOIN article a ON a.id = r.article_id JOIN incident i ON i.id = r.incident_id
                LEFT JOIN place p ON p.id = r.place_id
                WHERE r.id = ?""", row -> {
                    Optional<Place> place = Optional.empty();
                    if (row.getString("name") != null) {
                        double lat = row.getDouble("lat");
                        OptionalDouble latitude = row.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(lat);
                        double lon = row.getDouble("lon");
                        OptionalDouble longitude = row.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(lon);
                        long geonames = row.getLong("geonames_id");
                        OptionalLong geonamesId = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(geonames);
                        place = Optional.of(new Place(row.getString("name"), Sql.text(row, "country"),
                                Sql.text(row, "admin1"), Sql.text(row, "admin2"), latitude, longitude, geonamesId,
                                PlacePrecision.valueOf(row.getString("precision")), Optional.empty()));
                    }
                    DateInterval date = new DateInterval(Sql.text(row, "date_start").map(LocalDate::parse),
                            Sql.text(row, "date_end").map(LocalDate::parse),
                            DatePrecision.valueOf(row.getString("date_precision")), Optional.empty());
                    Optional<LocalDate> published = Sql.text(row, "published").map(LocalDate::parse);
                    Optional<LocalDate> incidentStart = Sql.text(row, "incident_start").map(LocalDate::parse);
                    if (incidentStart.isPresent() && incidentStart.equals(Sql.text(row, "incident_end")
                            .map(LocalDate::parse))) {
                        // The incident's own day (what most of its reports say) keeps a chain of reports, each a
                        // day after the last, from drifting through a week.
                        date = DateInterval.day(incidentStart.get(), null);
                    } else if (!date.isKnown() && published.isPresent()) {
                        date = DateInterval.before(published.get(), null);
                    }
                    IncidentProfile profile = new IncidentProfile(IncidentType.valueOf(row.getString("type")), date,
                            place, List.of(), List.of(), List.of(), List.of());
                    return new StoredReport(row.getLong("incident_id"), profile);
                }, reportId);
        if (head.isEmpty()) {
            return head;
        }
        List<String> victims = new ArrayList<>();
        List<String> described = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        List<String> perpetrators = new ArrayList<>();
        sql.query("""
                SELECT p.role, p.text, p.named, a.name AS actor FROM incident_party p
                LEFT JOIN actor a ON a.id = p.actor_id WHERE p.incident_report_id = ?""", row -> {
                    String text = row.getString("text");
                    switch (row.getString("role")) {
                        case "VICTIM" -> {
                            (row.getInt("named") == 1 ? victims : described).add(text);
                        }
                        case "TARGET" -> targets.add(text);
                        case "PERPETRATOR" -> perpetrators.add(Optional.ofNullable(row.getString("actor")).orElse(text));
                        default -> {
                        }
                    }
                    return text;
                }, reportId);
        IncidentProfile p = head.get().profile();
        return Optional.of(new StoredReport(head.get().incidentId(),
                new IncidentProfile(p.type(), p.date(), p.place(), victims, described, targets, perpetrators)));
    }
}
