package org.corroborate.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.corroborate.merge.CreditedAgencies;
import org.corroborate.report.ArticleReport;

/**
 * The knowledge base: articles with everything extracted from them, and incidents merged across articles. Each
 * {@link #add} is one transaction (the article, its records and its merge, or nothing), and adding content already
 * stored changes nothing, so an interrupted batch is resumed by running it again. Not thread-safe: one instance per
 * thread, several processes may share a database.
 */
public final class KnowledgeBase implements AutoCloseable {

    /** The file used when the user names none. */
    public static final String DEFAULT_LOCATION = "corroborate.db";

    private final Database database;
    private final Connection connection;
    private final Sql sql;
    private final ArticleWriter writer;
    private final IncidentQueries incidents;
    private final BrowseQueries browse;

    private KnowledgeBase(Database database, Clock clock) {
        this.database = database;
        this.connection = database.connect();
        this.sql = new Sql(connection);
        this.writer = new ArticleWriter(sql, CreditedAgencies.bundled(), clock);
        this.incidents = new IncidentQueries(sql);
        this.browse = new BrowseQueries(sql);
    }

    /**
     * Opens (and creates or migrates) the knowledge base at {@code location}: a SQLite file path, or
     * {@code postgresql://user:password@host:port/name}.
     *
     * @throws StoreException naming the location and what to do when it cannot be opened
     */
    public static KnowledgeBase open(String location) {
        Database database = Database.at(location);
        database.migrate();
        return new KnowledgeBase(database, Clock.systemUTC());
    }

    /** Where it is, as the user gave it (without a password). */
    public String location() {
        return database.location();
    }

    /** Whether an article with this content hash (hex SHA-256 of its text) is stored. */
    public boolean contains(String contentSha256) {
        boolean found = sql.one("SELECT 1 FROM article WHERE content_hash = ?", r -> true, contentSha256).isPresent();
        sql.rollback();
        return found;
    }

    /** Stores {@code report} and merges its incidents, in one transaction; a no-op for content already stored. */
    public AddResult add(ArticleReport report) {
        try {
            AddResult result = writer.write(report);
            sql.commit();
            return result;
        } catch (RuntimeException e) {
            sql.rollback();
            throw e;
        }
    }

    /** The incidents {@code query} matches, oldest first. */
    public List<IncidentSummary> incidents(IncidentQuery query) {
        return read(() -> incidents.list(query));
    }

    /** How many incidents {@code query} matches, ignoring its limit and offset. */
    public int countIncidents(IncidentQuery query) {
        return read(() -> incidents.count(query));
    }

    /** One incident with its reports, figures per source, statements and relations. */
    public Optional<IncidentDetail> incident(long id) {
        return read(() -> incidents.detail(id));
    }

    /** Stored articles, oldest first. */
    public List<Browse.ArticleSummary> articles(Browse.ArticleQuery query) {
        return read(() -> browse.articles(query));
    }

    /** How many articles {@code query} matches, paging ignored. */
    public int countArticles(Browse.ArticleQuery query) {
        return read(() -> browse.countArticles(query));
    }

    /** One article with its report and the incident each of its reports joined. */
    public Optional<Browse.ArticleDetail> article(long id) {
        return read(() -> browse.article(id));
    }

    /** Statements matching {@code query}, in article order. */
    public List<Browse.StatementSummary> statements(Browse.StatementQuery query) {
        return read(() -> browse.statements(query));
    }

    /** Relations matching {@code query}, in article order. */
    public List<Browse.RelationSummary> relations(Browse.RelationQuery query) {
        return read(() -> browse.relations(query));
    }

    /** Actors whose name contains {@code name} (all when empty), by name. */
    public List<Browse.ActorSummary> actors(Optional<String> name, Browse.Page page) {
        return read(() -> browse.actors(name, page));
    }

    /** Resolved places, by country, province and name. */
    public List<Browse.PlaceSummary> places(Browse.Page page) {
        return read(() -> browse.places(page));
    }

    /** Articles, statements and actors whose words contain {@code text}, at most {@code limit} of each. */
    public Browse.SearchResult search(String text, int limit) {
        return read(() -> browse.search(text, limit));
    }

    /** Where each stored incident report went: its article's key, its key in the article, its incident. */
    public List<Placement> placements() {
        return read(() -> sql.query("""
                SELECT a.article_key, r.report_key, r.incident_id FROM incident_report r
                JOIN article a ON a.id = r.article_id ORDER BY r.id""", r -> new Placement(r.getString(1),
                r.getString(2), r.getLong(3))));
    }

    /** One incident report's place in the knowledge base. */
    public record Placement(String articleKey, String reportKey, long incidentId) {
    }

    /** Counts of what is stored: articles, incidents, incident reports, statements, relations, actors. */
    public Totals totals() {
        return read(() -> new Totals(count("article"), count("incident"), count("incident_report"),
                count("statement"), count("relation"), count("actor")));
    }

    /** Counts of what is stored. */
    public record Totals(long articles, long incidents, long incidentReports, long statements, long relations,
                         long actors) {
    }

    private long count(String table) {
        return sql.one("SELECT COUNT(*) FROM " + table, r -> r.getLong(1)).orElse(0L);
    }

    /** Runs a read and ends its transaction, so that a long-lived reader sees later writes. */
    private <T> T read(java.util.function.Supplier<T> query) {
        try {
            return query.get();
        } finally {
            sql.rollback();
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("closing database '" + database.location() + "': " + e.getMessage(), e);
        }
    }
}
