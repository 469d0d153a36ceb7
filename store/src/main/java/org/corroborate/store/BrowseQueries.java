package org.corroborate.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corroborate.report.Span;
import org.corroborate.store.Browse.ActorSummary;
import org.corroborate.store.Browse.ArticleDetail;
import org.corroborate.store.Browse.ArticleQuery;
import org.corroborate.store.Browse.ArticleSummary;
import org.corroborate.store.Browse.Page;
import org.corroborate.store.Browse.PlaceSummary;
import org.corroborate.store.Browse.RelationQuery;
import org.corroborate.store.Browse.RelationSummary;
import org.corroborate.store.Browse.StatementQuery;
import org.corroborate.store.Browse.StatementSummary;

/** Reads the lists of {@link Browse}. Text filters are substring matches with case ignored, on both engines. */
final class BrowseQueries {

    private static final String ARTICLES = """
            SELECT a.id, a.article_key, a.title, a.source_name, a.published, a.url, c.article_key AS copy_key,
                   (SELECT COUNT(DISTINCT r.incident_id) FROM incident_report r WHERE r.article_id = a.id) AS incidents,
                   (SELECT COUNT(*) FROM statement s WHERE s.article_id = a.id) AS statements,
                   (SELECT COUNT(*) FROM relation x WHERE x.article_id = a.id) AS relations
            FROM article a LEFT JOIN article c ON c.id = a.copy_of""";

    private static final String STATEMENTS = """
            SELECT s.id, s.article_id, a.article_key, s.status, s.polarity, s.source_name, s.source_kind,
                   c.start_offset AS cue_start, c.end_offset AS cue_end, c.quote AS cue_quote,
                   e.start_offset, e.end_offset, e.quote
            FROM statement s JOIN article a ON a.id = s.article_id JOIN evidence e ON e.id = s.evidence_id
            LEFT JOIN evidence c ON c.id = s.cue_evidence_id
            LEFT JOIN actor sa ON sa.id = s.source_actor_id
            WHERE 1 = 1""";

    private static final String ACTORS = """
            SELECT t.id, t.name, t.kind, t.country,
                   (SELECT COUNT(DISTINCT r.incident_id) FROM incident_party q
                      JOIN incident_report r ON r.id = q.incident_report_id WHERE q.actor_id = t.id) AS incidents,
                   (SELECT COUNT(*) FROM relation x WHERE t.id IN (x.subject_actor_id, x.object_actor_id))
                      AS relations,
                   (SELECT COUNT(*) FROM statement s WHERE s.source_actor_id = t.id) AS statements
            FROM actor t""";

    private final Sql sql;

    BrowseQueries(Sql sql) {
        this.sql = sql;
    }

    List<ArticleSummary> articles(ArticleQuery query) {
        List<Object> params = new ArrayList<>();
        StringBuilder select = containing(new StringBuilder(ARTICLES), query, params);
        select.append(" ORDER BY a.published IS NULL, a.published, a.id");
        return sql.query(paged(select, query.page(), params), BrowseQueries::article, params.toArray());
    }

    int countArticles(ArticleQuery query) {
        List<Object> params = new ArrayList<>();
        StringBuilder select = containing(new StringBuilder("SELECT COUNT(*) FROM article a"), query, params);
        return sql.one(select.toString(), r -> r.getInt(1), params.toArray()).orElse(0);
    }

    /** Adds the article text filter of {@code query} (title, outlet or text) to {@code select}. */
    private static StringBuilder containing(StringBuilder select, ArticleQuery query, List<Object> params) {
        query.text().ifPresent(text -> {
            select.append(" WHERE LOWER(a.title) LIKE ? OR LOWER(a.source_name) LIKE ? OR LOWER(a.body) LIKE ?");
            String like = Sql.containing(text);
            params.addAll(List.of(like, like, like));
        });
        return select;
    }

    Optional<ArticleDetail> article(long id) {
        Optional<ArticleSummary> summary = sql.one(ARTICLES + " WHERE a.id = ?", BrowseQueries::article, id);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        String json = sql.one("SELECT report_json FROM article WHERE id = ?", r -> r.getString(1), id).orElseThrow();
        Map<String, Long> incidents = new LinkedHashMap<>();
        sql.query("SELECT report_key, incident_id FROM incident_report WHERE article_id = ? ORDER BY id",
                r -> incidents.put(r.getString(1), r.getLong(2)), id);
        return Optional.of(new ArticleDetail(summary.get(), json, incidents));
    }

    List<StatementSummary> statements(StatementQuery query) {
        List<Object> params = new ArrayList<>();
        StringBuilder select = new StringBuilder(STATEMENTS);
        query.status().ifPresent(status -> {
            select.append(" AND s.status = ?");
            params.add(status.toUpperCase(Locale.ROOT));
        });
        query.source().ifPresent(source -> {
            select.append(" AND (LOWER(s.source_name) LIKE ? OR LOWER(sa.name) LIKE ?)");
            params.add(Sql.containing(source));
            params.add(Sql.containing(source));
        });
        query.actor().ifPresent(actor -> {
            select.append(" AND LOWER(e.quote) LIKE ?");
            params.add(Sql.containing(actor));
        });
        select.append(" ORDER BY s.article_id, e.start_offset, s.id");
        return sql.query(paged(select, query.page(), params), BrowseQueries::statement, params.toArray());
    }

    List<RelationSummary> relations(RelationQuery query) {
        List<Object> params = new ArrayList<>();
        StringBuilder select = new StringBuilder("""
                SELECT x.id, x.article_id, a.article_key, s.name AS subject, x.predicate, o.name AS object, x.status,
                       x.polarity, x.source_name, x.date_start, x.date_end, e.start_offset, e.end_offset, e.quote
                FROM relation x JOIN article a ON a.id = x.article_id JOIN evidence e ON e.id = x.evidence_id
                JOIN actor s ON s.id = x.subject_actor_id JOIN actor o ON o.id = x.object_actor_id
                WHERE 1 = 1""");
        query.status().ifPresent(status -> {
            select.append(" AND x.status = ?");
            params.add(status.toUpperCase(Locale.ROOT));
        });
        query.predicate().ifPresent(predicate -> {
            select.append(" AND x.predicate = ?");
            params.add(predicate.toUpperCase(Locale.ROOT));
        });
        query.actor().ifPresent(actor -> {
            select.append(" AND (LOWER(s.name) LIKE ? OR LOWER(o.name) LIKE ?)");
            params.add(Sql.containing(actor));
            params.add(Sql.containing(actor));
        });
        select.append(" ORDER BY x.article_id, e.start_offset, x.id");
        return sql.query(paged(select, query.page(), params), r -> {
            String start = r.getString("date_start");
            String end = r.getString("date_end");
            Optional<String> date = start == null ? Optional.empty()
                    : Optional.of(start.equals(end) || end == null ? start : start + ".." + end);
            return new RelationSummary(r.getLong("id"), r.getLong("article_id"), r.getString("article_key"),
                    r.getString("subject"), r.getString("predicate"), r.getString("object"), r.getString("status"),
                    r.getString("polarity"), Sql.text(r, "source_name"), date, span(r, ""));
        }, params.toArray());
    }

    List<ActorSummary> actors(Optional<String> name, Page page) {
        List<Object> params = new ArrayList<>();
        StringBuilder select = new StringBuilder(ACTORS);
        name.ifPresent(n -> {
            select.append(" WHERE LOWER(t.name) LIKE ?");
            params.add(Sql.containing(n));
        });
        select.append(" ORDER BY t.name");
        return sql.query(paged(select, page, params), r -> new ActorSummary(r.getLong("id"), r.getString("name"),
                r.getString("kind"), Sql.text(r, "country"), r.getInt("incidents"), r.getInt("relations"),
                r.getInt("statements")), params.toArray());
    }

    List<PlaceSummary> places(Page page) {
        List<Object> params = new ArrayList<>();
        StringBuilder select = new StringBuilder("""
                SELECT p.id, p.name, p.admin1, p.admin2, p.country, p.lat, p.lon, p.precision,
                       (SELECT COUNT(*) FROM incident i WHERE i.place_id = p.id) AS incidents
                FROM place p ORDER BY p.country, p.admin1, p.name""");
        return sql.query(paged(select, page, params), r -> new PlaceSummary(r.getLong("id"), r.getString("name"),
                Sql.text(r, "admin1"), Sql.text(r, "admin2"), Sql.text(r, "country"), Sql.decimal(r, "lat"),
                Sql.decimal(r, "lon"), r.getString("precision"), r.getInt("incidents")), params.toArray());
    }

    Browse.SearchResult search(String text, int limit) {
        Page page = new Page(limit, 0);
        return new Browse.SearchResult(articles(new ArticleQuery(Optional.of(text), page)),
                statements(new StatementQuery(Optional.empty(), Optional.empty(), Optional.of(text), page)),
                actors(Optional.of(text), page));
    }

    private static ArticleSummary article(ResultSet r) throws SQLException {
        return new ArticleSummary(r.getLong("id"), r.getString("article_key"), Sql.text(r, "title"),
                r.getString("source_name"), Sql.text(r, "published").map(p -> LocalDate.parse(p.substring(0, 10))),
                Sql.text(r, "url"), Sql.text(r, "copy_key"), r.getInt("incidents"), r.getInt("statements"),
                r.getInt("relations"));
    }

    private static StatementSummary statement(ResultSet r) throws SQLException {
        Optional<Span> cue = r.getString("cue_quote") == null ? Optional.empty() : Optional.of(span(r, "cue_"));
        return new StatementSummary(r.getLong("id"), r.getLong("article_id"), r.getString("article_key"),
                r.getString("status"), r.getString("polarity"), Sql.text(r, "source_name"),
                Sql.text(r, "source_kind"), cue, span(r, ""));
    }

    /** The span in columns start_offset, end_offset and quote, or cue_start, cue_end and cue_quote. */
    private static Span span(ResultSet r, String prefix) throws SQLException {
        return prefix.isEmpty() ? new Span(r.getInt("start_offset"), r.getInt("end_offset"), r.getString("quote"))
                : new Span(r.getInt(prefix + "start"), r.getInt(prefix + "end"), r.getString(prefix + "quote"));
    }

    private static String paged(StringBuilder select, Page page, List<Object> params) {
        if (page.limit() > 0) {
            select.append(" LIMIT ? OFFSET ?");
            params.add(page.limit());
            params.add(page.offset());
        }
        return select.toString();
    }

}
