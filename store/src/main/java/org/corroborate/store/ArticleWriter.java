package org.corroborate.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corroborate.actor.Actor;
import org.corroborate.actor.ActorKind;
import org.corroborate.article.Article;
import org.corroborate.incident.FigureKind;
import org.corroborate.incident.IncidentReport;
import org.corroborate.incident.Target;
import org.corroborate.incident.Weapon;
import org.corroborate.merge.CreditedAgencies;
import org.corroborate.merge.IncidentProfile;
import org.corroborate.merge.MergeDecision;
import org.corroborate.merge.Names;
import org.corroborate.merge.TextFingerprint;
import org.corroborate.relation.Relation;
import org.corroborate.report.ArticleReport;
import org.corroborate.report.Count;
import org.corroborate.report.Party;
import org.corroborate.report.Place;
import org.corroborate.report.ReportJson;
import org.corroborate.report.Source;
import org.corroborate.report.Span;
import org.corroborate.statement.Statement;

/**
 * Writes one article report and merges its incidents, on a connection whose transaction the caller owns. Decides
 * who stands behind the article: the earlier article it copies (by fingerprint), else the agency it credits, else
 * its outlet, else itself.
 */
final class ArticleWriter {

    private final Sql sql;
    private final CreditedAgencies agencies;
    private final IncidentMerger merger;
    private final ReportJson json = new ReportJson();
    private final Clock clock;

    ArticleWriter(Sql sql, CreditedAgencies agencies, Clock clock) {
        this.sql = sql;
        this.agencies = agencies;
        this.merger = new IncidentMerger(sql);
        this.clock = clock;
    }

    AddResult write(ArticleReport report) {
        Article article = report.article();
        String hash = article.contentSha256();
        Optional<Long> known = sql.one("SELECT id FROM article WHERE content_hash = ?", r -> r.getLong(1), hash);
        if (known.isPresent()) {
            return AddResult.duplicateOf(known.get());
        }
        TextFingerprint fingerprint = TextFingerprint.of(article.text());
        Optional<Copy> copy = copyOf(fingerprint);
        Optional<String> agency = agencies.credited(article.text())
                .or(() -> article.outlet().flatMap(agencies::agencyNamed));
        String sourceName = article.outlet().map(o -> agencies.agencyNamed(o).orElse(o)).or(() -> agency)
                .orElse(article.id());
        String independentKey = copy.map(Copy::independentKey)
                .or(() -> agency.map(a -> "agency:" + a))
                .or(() -> article.outlet().map(o -> "outlet:" + Names.normalize(o)))
                .orElse("article:" + hash.substring(0, 16));
        long articleId = sql.insert("""
                INSERT INTO article (content_hash, article_key, title, outlet, author, url, published, language, origin,
                    credited_agency, copy_of, copy_similarity, source_name, independent_key, fingerprint, body,
                    report_json, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                hash, article.id(), article.title(), article.outlet(), article.author(), article.url(),
                article.published(), article.language(), article.origin(), agency, copy.map(Copy::articleId),
                copy.map(Copy::similarity), sourceName, independentKey, fingerprint.encode(), article.text(),
                json.toLine(report), Instant.now(clock).toString());
        for (String band : fingerprint.bands()) {
            sql.update("INSERT INTO article_band (band, article_id) VALUES (?, ?)", band, articleId);
        }
        Map<String, ActorKind> kinds = report.actors().stream()
                .collect(Collectors.toMap(Actor::name, Actor::kind, (a, b) -> a));
        List<Long> created = new ArrayList<>();
        List<AddResult.Merge> merged = new ArrayList<>();
        for (IncidentReport incident : report.incidents()) {
            writeIncident(articleId, article.published(), incident, kinds, created, merged);
        }
        for (Statement statement : report.statements()) {
            writeStatement(articleId, statement, kinds);
        }
        for (Relation relation : report.relations()) {
            writeRelation(articleId, relation, kinds);
        }
        return new AddResult(articleId, false, copy.map(Copy::articleKey), created, merged);
    }

    private record Copy(long articleId, String articleKey, String independentKey, double similarity) {
    }

    private Optional<Copy> copyOf(TextFingerprint fingerprint) {
        List<String> bands = fingerprint.bands();
        String marks = String.join(", ", Collections.nCopies(bands.size(), "?"));
        List<Copy> candidates = sql.query("SELECT DISTINCT a.id, a.article_key, a.independent_key, a.fingerprint "
                + "FROM article_band b JOIN article a ON a.id = b.article_id WHERE b.band IN (" + marks + ")",
                r -> new Copy(r.getLong(1), r.getString(2), r.getString(3),
                        fingerprint.similarity(TextFingerprint.decode(r.getString(4)))), bands.toArray());
        return candidates.stream().filter(c -> c.similarity() >= TextFingerprint.COPY_THRESHOLD)
                .max(Comparator.comparingDouble(Copy::similarity).thenComparing(c -> -c.articleId()));
    }

    private void writeIncident(long articleId, Optional<LocalDate> published, IncidentReport incident,
                               Map<String, ActorKind> kinds,
                               List<Long> created, List<AddResult.Merge> merged) {
        Optional<Long> placeId = incident.place().map(this::place);
        Optional<IncidentMerger.Match> match = merger.best(IncidentProfile.of(incident, published), articleId);
        long incidentId;
        if (match.isPresent()) {
            incidentId = match.get().incidentId();
            merged.add(new AddResult.Merge(incidentId, incident.id(), match.get().decision().explanation()));
        } else {
            incidentId = sql.insert("INSERT INTO incident (type, date_start, date_end, place_id, created_at) "
                    + "VALUES (?, ?, ?, ?, ?)", incident.type(), incident.date().start(), incident.date().end(),
                    placeId, Instant.now(clock).toString());
            created.add(incidentId);
        }
        long reportId = sql.insert("""
                INSERT INTO incident_report (incident_id, article_id, report_key, type, muc4_type, stage, status,
                    date_start, date_end, date_precision, date_text, place_id, suicide, merge_reason, evidence_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                incidentId, articleId, incident.id(), incident.type(), incident.coding().muc4Type(),
                incident.stage(), incident.status(), incident.date().start(), incident.date().end(),
                incident.date().precision(), incident.date().text(), placeId, incident.suicide(),
                match.map(m -> m.decision().explanation()), evidence(articleId, incident.evidence().get(0)));
        parties(reportId, articleId, "PERPETRATOR", incident.perpetrators(), kinds);
        parties(reportId, articleId, "CLAIMED_BY", incident.claimedBy(), kinds);
        parties(reportId, articleId, "VICTIM", incident.victims(), kinds);
        for (Target target : incident.targets()) {
            party(reportId, "TARGET", target.text(), Optional.empty(), Optional.empty(), target.gtdTargetType(),
                    Optional.empty(), false, Optional.empty(), evidence(articleId, target.evidence()));
        }
        for (Weapon weapon : incident.weapons()) {
            party(reportId, "WEAPON", weapon.text(), Optional.empty(), Optional.empty(), weapon.gtdWeaponType(),
                    Optional.empty(), false, Optional.empty(), evidence(articleId, weapon.evidence()));
        }
        var figures = incident.figures();
        figures(reportId, articleId, FigureKind.KILLED, figures.killed());
        figures(reportId, articleId, FigureKind.INJURED, figures.injured());
        figures(reportId, articleId, FigureKind.HOSTAGES, figures.hostages());
        figures(reportId, articleId, FigureKind.ATTACKERS, figures.attackers());
        figures(reportId, articleId, FigureKind.PERPETRATORS_KILLED, figures.perpetratorsKilled());
        if (match.isPresent()) {
            for (Map.Entry<Long, MergeDecision> other : match.get().alsoMatched().entrySet()) {
                join(other.getKey(), incidentId, incident.id(), other.getValue());
                merged.add(new AddResult.Merge(incidentId, incident.id(), "joined incident " + other.getKey()
                        + ": " + other.getValue().explanation()));
            }
            refresh(incidentId);
        }
    }

    /**
     * Moves every report of incident {@code from} to incident {@code into}, because report {@code via} matched
     * both, and deletes the emptied incident. Each moved report's reason says so.
     */
    private void join(long from, long into, String via, MergeDecision decision) {
        String note = "joined from incident " + from + " through report " + via + " (" + decision.explanation() + ")";
        sql.update("""
                UPDATE incident_report SET incident_id = ?,
                    merge_reason = CASE WHEN merge_reason IS NULL THEN ? ELSE merge_reason || '; ' || ? END
                WHERE incident_id = ?""", into, note, note, from);
        sql.update("DELETE FROM incident WHERE id = ?", from);
    }

    private void parties(long reportId, long articleId, String role, List<Party> parties,
                         Map<String, ActorKind> kinds) {
        for (Party p : parties) {
            Optional<Long> actor = p.actor().map(name -> actor(name, kinds));
            party(reportId, role, p.text(), actor, Optional.of(p.kind().name()), Optional.empty(),
                    Optional.of(p.status().name()), p.named(), p.source().map(Source::name),
                    evidence(articleId, p.evidence()));
        }
    }

    private void party(long reportId, String role, String text, Optional<Long> actor, Optional<String> kind,
                       Optional<String> code, Optional<String> status, boolean named, Optional<String> source,
                       long evidenceId) {
        sql.update("""
                INSERT INTO incident_party (incident_report_id, role, text, norm_text, actor_id, kind, code, status,
                    named, source_name, evidence_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                reportId, role, text, Names.normalize(text), actor, kind, code, status, named, source, evidenceId);
    }

    private void figures(long reportId, long articleId, FigureKind kind, List<Count> counts) {
        for (Count c : counts) {
            sql.update("""
                    INSERT INTO figure (incident_report_id, kind, min_value, max_value, text, status, source_name,
                        source_kind, evidence_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    reportId, kind, c.min(), c.max(), c.text(), c.status(), c.source().map(Source::name),
                    c.source().map(Source::kind), evidence(articleId, c.evidence()));
        }
    }

    private void writeStatement(long articleId, Statement s, Map<String, ActorKind> kinds) {
        Optional<Long> sourceActor = s.source().flatMap(Source::actor).map(name -> actor(name, kinds));
        sql.update("""
                INSERT INTO statement (article_id, status, polarity, source_name, source_kind, source_actor_id,
                    cue_evidence_id, evidence_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                articleId, s.status(), s.polarity(), s.source().map(Source::name), s.source().map(Source::kind),
                sourceActor, s.cue().map(cue -> evidence(articleId, cue)), evidence(articleId, s.span()));
    }

    private void writeRelation(long articleId, Relation r, Map<String, ActorKind> kinds) {
        sql.update("""
                INSERT INTO relation (article_id, subject_actor_id, predicate, object_actor_id, status, polarity,
                    source_name, source_kind, date_start, date_end, evidence_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                articleId, actor(r.subject(), kinds), r.predicate(), actor(r.object(), kinds), r.status(),
                r.polarity(), r.source().map(Source::name), r.source().map(Source::kind),
                r.date().flatMap(d -> d.start()), r.date().flatMap(d -> d.end()),
                evidence(articleId, r.evidence().get(0)));
    }

    private long evidence(long articleId, Span span) {
        return sql.insert("INSERT INTO evidence (article_id, start_offset, end_offset, quote) VALUES (?, ?, ?, ?)",
                articleId, span.start(), span.end(), span.text());
    }

    private long actor(String name, Map<String, ActorKind> kinds) {
        Optional<Long> id = sql.one("SELECT id FROM actor WHERE name = ?", r -> r.getLong(1), name);
        return id.orElseGet(() -> sql.insert("INSERT INTO actor (name, kind) VALUES (?, ?)", name,
                kinds.getOrDefault(name, ActorKind.OTHER)));
    }

    private long place(Place p) {
        String key = String.join("|", Names.normalize(p.name()), p.country().map(Names::normalize).orElse(""),
                p.admin1().map(Names::normalize).orElse(""), p.admin2().map(Names::normalize).orElse(""),
                p.precision().name());
        Optional<Long> id = sql.one("SELECT id FROM place WHERE place_key = ?", r -> r.getLong(1), key);
        return id.orElseGet(() -> sql.insert("""
                INSERT INTO place (place_key, name, country, admin1, admin2, lat, lon, geonames_id, precision)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", key, p.name(), p.country(), p.admin1(), p.admin2(),
                p.lat().isPresent() ? p.lat().getAsDouble() : null, p.lon().isPresent() ? p.lon().getAsDouble() : null,
                p.geonamesId().isPresent() ? p.geonamesId().getAsLong() : null, p.precision()));
    }

    /**
     * Sets an incident's type, date and place from its reports: the type most reports give, the day most reports
     * give (else the narrowest interval), the finest place most reports give.
     */
    private void refresh(long incidentId) {
        record Row(String type, String start, String end, String precision, Long placeId, String placePrecision) {
        }
        List<Row> rows = sql.query("""
                SELECT r.type, r.date_start, r.date_end, r.date_precision, r.place_id, p.precision AS place_precision
                FROM incident_report r LEFT JOIN place p ON p.id = r.place_id WHERE r.incident_id = ?""",
                r -> new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        Sql.number(r, "place_id").orElse(null), r.getString(6)), incidentId);
        String type = mode(rows, Row::type).orElseThrow();
        List<Row> days = rows.stream().filter(r -> "DAY".equals(r.precision())).toList();
        Optional<Row> date = days.isEmpty()
                ? rows.stream().filter(r -> r.start() != null && r.end() != null)
                        .min(Comparator.comparing(r -> LocalDate.parse(r.end()).toEpochDay()
                                - LocalDate.parse(r.start()).toEpochDay()))
                : mode(days, Row::start).flatMap(day -> days.stream().filter(r -> r.start().equals(day)).findFirst());
        Optional<String> finest = rows.stream().map(Row::placePrecision).filter(p -> p != null)
                .min(Comparator.comparing(org.corroborate.report.PlacePrecision::valueOf));
        Optional<Long> place = finest.flatMap(f -> mode(rows.stream().filter(r -> f.equals(r.placePrecision()))
                .toList(), Row::placeId));
        sql.update("UPDATE incident SET type = ?, date_start = ?, date_end = ?, place_id = ? WHERE id = ?", type,
                date.map(Row::start), date.map(Row::end), place, incidentId);
    }

    /** The most frequent non-null value, the first seen on a tie. */
    private static <T, V> Optional<V> mode(List<T> rows, Function<T, V> value) {
        Map<V, Integer> counts = new HashMap<>();
        List<V> order = new ArrayList<>();
        for (T row : rows) {
            V v = value.apply(row);
            if (v != null && counts.merge(v, 1, Integer::sum) == 1) {
                order.add(v);
            }
        }
        return order.stream().max(Comparator.comparingInt(v -> counts.get(v) * 10_000 - order.indexOf(v)));
    }
}
