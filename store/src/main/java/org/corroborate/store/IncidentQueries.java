package org.corroborate.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corroborate.incident.FigureKind;
import org.corroborate.incident.IncidentType;
import org.corroborate.place.Countries;
import org.corroborate.report.Span;

/** Reads incidents: the filtered list with per-incident source counts and figure ranges, and one incident whole. */
final class IncidentQueries {

    private static final String GROUPED = """
            SELECT i.id, i.type, i.date_start, i.date_end, p.name AS place, p.admin1, p.admin2, p.country, p.lat,
                   p.lon, p.precision,
                   COUNT(DISTINCT r.id) AS reports, COUNT(DISTINCT a.source_name) AS sources,
                   COUNT(DISTINCT a.independent_key) AS independent, MIN(r.id) AS first_report
            FROM incident i
            JOIN incident_report r ON r.incident_id = i.id
            JOIN article a ON a.id = r.article_id
            LEFT JOIN place p ON p.id = i.place_id
            WHERE 1 = 1""";

    private final Sql sql;

    IncidentQueries(Sql sql) {
        this.sql = sql;
    }

    /** How many incidents {@code query} matches, paging ignored. */
    int count(IncidentQuery query) {
        List<Object> params = new ArrayList<>();
        String select = "SELECT COUNT(*) FROM (" + grouped(query, params) + ") matched";
        return sql.one(select, r -> r.getInt(1), params.toArray()).orElse(0);
    }

    List<IncidentSummary> list(IncidentQuery query) {
        List<Object> params = new ArrayList<>();
        StringBuilder select = new StringBuilder(grouped(query, params))
                .append(" ORDER BY i.date_start IS NULL, i.date_start, i.id");
        if (query.limit() > 0) {
            select.append(" LIMIT ? OFFSET ?");
            params.add(query.limit());
            params.add(query.offset());
        }
        return sql.query(select.toString(), this::summary, params.toArray());
    }

    Optional<IncidentDetail> detail(long id) {
        List<Object> params = new ArrayList<>();
        String select = grouped(IncidentQuery.all(), params).replace("WHERE 1 = 1", "WHERE i.id = ?");
        Optional<IncidentSummary> summary = sql.one(select, this::summary, id);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        List<IncidentDetail.SourceReport> reports = sql.query("""
                SELECT r.id, a.id AS article_id, a.article_key, a.title, a.source_name, a.independent_key,
                       c.article_key AS copy_key, a.published, r.type, r.stage, r.status, r.suicide, r.date_start,
                       r.date_end, r.date_text, p.name AS place,
                       r.merge_reason, e.start_offset, e.end_offset, e.quote
                FROM incident_report r
                JOIN article a ON a.id = r.article_id
                LEFT JOIN article c ON c.id = a.copy_of
                LEFT JOIN place p ON p.id = r.place_id
                JOIN evidence e ON e.id = r.evidence_id
                WHERE r.incident_id = ? ORDER BY a.published, r.id""", r -> {
                    long reportId = r.getLong("id");
                    String start = r.getString("date_start");
                    String end = r.getString("date_end");
                    Optional<String> date = start == null ? Sql.text(r, "date_text")
                            : Optional.of(start.equals(end) ? start : start + ".." + end);
                    return new IncidentDetail.SourceReport(reportId, r.getLong("article_id"), r.getString("article_key"),
                            Sql.text(r, "title"), r.getString("source_name"), r.getString("independent_key"),
                            Sql.text(r, "copy_key"), Sql.text(r, "published").map(LocalDate::parse),
                            IncidentType.valueOf(r.getString("type")), r.getString("stage"), r.getString("status"),
                            Sql.number(r, "suicide").map(n -> n != 0), date, Sql.text(r, "place"),
                            Sql.text(r, "merge_reason"), span(r), List.of(), List.of());
                }, id);
        List<IncidentDetail.SourceReport> full = new ArrayList<>();
        for (IncidentDetail.SourceReport report : reports) {
            full.add(new IncidentDetail.SourceReport(report.id(), report.articleId(), report.articleKey(),
                    report.title(), report.source(), report.independentKey(), report.copyOf(), report.published(),
                    report.type(), report.stage(), report.status(), report.suicide(), report.date(), report.place(),
                    report.mergeReason(), report.evidence(), figures(report.id()), parties(report.id())));
        }
        return Optional.of(new IncidentDetail(summary.get(), full, statements(id), relations(id)));
    }

    private String grouped(IncidentQuery query, List<Object> params) {
        StringBuilder where = new StringBuilder(GROUPED);
        query.from().ifPresent(d -> {
            where.append(" AND i.date_end >= ?");
            params.add(d);
        });
        query.to().ifPresent(d -> {
            where.append(" AND i.date_start <= ?");
            params.add(d);
        });
        query.type().ifPresent(t -> {
            where.append(" AND i.type = ?");
            params.add(t);
        });
        query.place().ifPresent(p -> {
            where.append(" ").append("""
                    AND EXISTS (SELECT 1 FROM incident_report r2 JOIN place p2 ON p2.id = r2.place_id
                       WHERE r2.incident_id = i.id AND (LOWER(p2.name) LIKE ? OR LOWER(p2.admin1) LIKE ?
                       OR LOWER(p2.admin2) LIKE ? OR LOWER(p2.country) LIKE ?))""");
            String like = Sql.containing(p);
            params.addAll(List.of(like, like, like, like));
        });
        query.actor().ifPresent(actor -> {
            where.append(" ").append("""
                    AND EXISTS (SELECT 1 FROM incident_report r3 JOIN incident_party q ON q.incident_report_id = r3.id
                       LEFT JOIN actor a3 ON a3.id = q.actor_id
                       WHERE r3.incident_id = i.id AND q.role IN ('PERPETRATOR', 'CLAIMED_BY', 'VICTIM')
                       AND (LOWER(q.text) LIKE ? OR LOWER(a3.name) LIKE ?))""");
            params.add(Sql.containing(actor));
            params.add(Sql.containing(actor));
        });
        where.append(" GROUP BY i.id, i.type, i.date_start, i.date_end, p.name, p.admin1, p.admin2, p.country, p.lat,"
                + " p.lon, p.precision");
        if (query.minSources() > 0) {
            where.append(" HAVING COUNT(DISTINCT a.independent_key) >= ?");
            params.add(query.minSources());
        }
        return where.toString();
    }

    private IncidentSummary summary(ResultSet r) throws SQLException {
        long id = r.getLong("id");
        List<String> place = new ArrayList<>();
        for (String column : List.of("place", "admin1", "country")) {
            String part = r.getString(column);
            if (part != null && !place.contains(part)) {
                place.add(part);
            }
        }
        long firstReport = r.getLong("first_report");
        return new IncidentSummary(id, IncidentType.valueOf(r.getString("type")),
                Sql.text(r, "date_start").map(LocalDate::parse), Sql.text(r, "date_end").map(LocalDate::parse),
                place.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", place)), location(r),
                r.getInt("reports"),
                r.getInt("sources"), r.getInt("independent"), ranges(id), perpetrators(id), title(firstReport));
    }

    private static Optional<IncidentSummary.Location> location(ResultSet r) throws SQLException {
        if (r.getString("place") == null) {
            return Optional.empty();
        }
        Optional<String> country = Sql.text(r, "country");
        return Optional.of(new IncidentSummary.Location(r.getString("place"), Sql.text(r, "admin1"),
                Sql.text(r, "admin2"), country, country.flatMap(Countries::alpha3), Sql.decimal(r, "lat"),
                Sql.decimal(r, "lon"), r.getString("precision")));
    }


    private Map<FigureKind, FigureRange> ranges(long incidentId) {
        record Given(FigureKind kind, long min, Optional<Long> max, String independentKey) {
        }
        List<Given> given = sql.query("""
                SELECT f.kind, f.min_value, f.max_value, a.independent_key FROM figure f
                JOIN incident_report r ON r.id = f.incident_report_id JOIN article a ON a.id = r.article_id
                WHERE r.incident_id = ?""", r -> new Given(FigureKind.valueOf(r.getString(1)), r.getLong(2),
                Sql.number(r, "max_value"), r.getString(4)), incidentId);
        Map<FigureKind, FigureRange> ranges = new EnumMap<>(FigureKind.class);
        for (Map.Entry<FigureKind, List<Given>> kind : given.stream()
                .collect(Collectors.groupingBy(Given::kind)).entrySet()) {
            List<Given> all = kind.getValue();
            long low = all.stream().mapToLong(Given::min).min().orElseThrow();
            long high = all.stream().mapToLong(g -> g.max().orElse(g.min())).max().orElseThrow();
            boolean open = all.stream().anyMatch(g -> g.max().isEmpty() && g.min() >= high);
            Map<String, Long> highestPerSource = new HashMap<>();
            for (Given g : all) {
                highestPerSource.merge(g.independentKey(), g.min(), Math::max);
            }
            long conservative = highestPerSource.values().stream().mapToLong(Long::longValue).min().orElseThrow();
            ranges.put(kind.getKey(), new FigureRange(low, high, open, conservative, highestPerSource.size()));
        }
        return ranges;
    }

    private List<String> perpetrators(long incidentId) {
        return sql.query("""
                SELECT DISTINCT COALESCE(a.name, q.text) FROM incident_party q
                JOIN incident_report r ON r.id = q.incident_report_id LEFT JOIN actor a ON a.id = q.actor_id
                WHERE r.incident_id = ? AND q.role = 'PERPETRATOR' ORDER BY 1""", r -> r.getString(1), incidentId);
    }

    private String title(long reportId) {
        return sql.one("""
                SELECT a.title, e.quote FROM incident_report r JOIN article a ON a.id = r.article_id
                JOIN evidence e ON e.id = r.evidence_id WHERE r.id = ?""", r -> {
                    String title = r.getString(1);
                    String quote = r.getString(2).replaceAll("\\s+", " ").strip();
                    return title != null ? title : quote.length() > 100 ? quote.substring(0, 99) + "…" : quote;
                }, reportId).orElse("");
    }

    private List<IncidentDetail.FigureRow> figures(long reportId) {
        return sql.query("""
                SELECT f.kind, f.min_value, f.max_value, f.text, f.status, f.source_name, e.start_offset,
                       e.end_offset, e.quote
                FROM figure f JOIN evidence e ON e.id = f.evidence_id WHERE f.incident_report_id = ? ORDER BY f.id""",
                r -> new IncidentDetail.FigureRow(FigureKind.valueOf(r.getString("kind")), r.getLong("min_value"),
                        Sql.number(r, "max_value"), r.getString("text"), r.getString("status"),
                        Sql.text(r, "source_name"), span(r)), reportId);
    }

    private List<IncidentDetail.PartyRow> parties(long reportId) {
        return sql.query("""
                SELECT q.role, q.text, a.name AS actor, q.kind, q.code, q.named, q.status, q.source_name
                FROM incident_party q LEFT JOIN actor a ON a.id = q.actor_id WHERE q.incident_report_id = ?
                ORDER BY q.id""",
                r -> new IncidentDetail.PartyRow(r.getString("role"), r.getString("text"), Sql.text(r, "actor"),
                        Sql.text(r, "kind"), Sql.text(r, "code"), r.getInt("named") != 0, Sql.text(r, "status"),
                        Sql.text(r, "source_name")), reportId);
    }

    private List<IncidentDetail.StatementRow> statements(long incidentId) {
        return sql.query("""
                SELECT DISTINCT s.id, a.id AS article_id, a.article_key, s.status, s.polarity, s.source_name, c.quote AS cue,
                       e.start_offset, e.end_offset, e.quote
                FROM incident_report r
                JOIN evidence re ON re.id = r.evidence_id
                JOIN statement s ON s.article_id = r.article_id
                JOIN evidence e ON e.id = s.evidence_id
                LEFT JOIN evidence c ON c.id = s.cue_evidence_id
                JOIN article a ON a.id = s.article_id
                WHERE r.incident_id = ? AND e.start_offset < re.end_offset AND re.start_offset < e.end_offset
                ORDER BY s.id""", r -> new IncidentDetail.StatementRow(r.getLong("article_id"), r.getString("article_key"),
                r.getString("status"), r.getString("polarity"), Sql.text(r, "source_name"), Sql.text(r, "cue"),
                span(r)), incidentId);
    }

    private List<IncidentDetail.RelationRow> relations(long incidentId) {
        return sql.query("""
                SELECT DISTINCT x.id, a.id AS article_id, a.article_key, s.name AS subject, x.predicate, o.name AS object, x.status,
                       x.source_name, e.start_offset, e.end_offset, e.quote
                FROM relation x
                JOIN actor s ON s.id = x.subject_actor_id
                JOIN actor o ON o.id = x.object_actor_id
                JOIN article a ON a.id = x.article_id
                JOIN evidence e ON e.id = x.evidence_id
                WHERE x.article_id IN (SELECT article_id FROM incident_report WHERE incident_id = ?)
                  AND EXISTS (SELECT 1 FROM incident_party q JOIN incident_report r ON r.id = q.incident_report_id
                      WHERE r.incident_id = ? AND q.actor_id IN (x.subject_actor_id, x.object_actor_id))
                ORDER BY x.id""", r -> new IncidentDetail.RelationRow(r.getLong("article_id"), r.getString("article_key"),
                r.getString("subject"), r.getString("predicate"), r.getString("object"), r.getString("status"),
                Sql.text(r, "source_name"), span(r)), incidentId, incidentId);
    }

    private static Span span(ResultSet r) throws SQLException {
        return new Span(r.getInt("start_offset"), r.getInt("end_offset"), r.getString("quote"));
    }
}
