package org.corroborate.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.report.Span;

/**
 * What the knowledge base holds besides incidents, as lists to browse: articles, statements, relations, actors and
 * places, each with the filters a reader needs and paging ({@code limit} 0 means all).
 */
public final class Browse {

    private Browse() {
    }

    /** Paging of a list: at most {@code limit} rows (0 for all) after skipping {@code offset}. */
    public record Page(int limit, int offset) {

        public Page {
            if (limit < 0 || offset < 0) {
                throw new IllegalArgumentException("limit and offset must not be negative");
            }
        }

        public static Page all() {
            return new Page(0, 0);
        }
    }

    /** Articles whose title, outlet or text contain {@code text} (case ignored); all when empty. */
    public record ArticleQuery(Optional<String> text, Page page) {
    }

    /** One stored article as a line of a list. */
    public record ArticleSummary(long id, String key, Optional<String> title, String source,
                                 Optional<LocalDate> published, Optional<String> url, Optional<String> copyOf,
                                 int incidents, int statements, int relations) {
    }

    /**
     * One article whole: its report as the contract's JSON (text, incidents, statements, relations, actors, places,
     * with spans into the text), and the merged incident each of its incident reports went to.
     */
    public record ArticleDetail(ArticleSummary summary, String reportJson, Map<String, Long> incidentOfReport) {

        public ArticleDetail {
            incidentOfReport = Map.copyOf(incidentOfReport);
        }
    }

    /**
     * Statements by status (ASSERTED, ALLEGED, ...), by source (who says it, part of the name) and by actor (an actor
     * named in the statement's words, part of the name); case ignored.
     */
    public record StatementQuery(Optional<String> status, Optional<String> source, Optional<String> actor,
                                 Page page) {
    }

    /** A statement with its status, polarity, source, cue and the words it rests on. */
    public record StatementSummary(long id, long articleId, String articleKey, String status, String polarity,
                                   Optional<String> source, Optional<String> sourceKind, Optional<Span> cue,
                                   Span evidence) {
    }

    /** Relations by status, by predicate (FUNDED, ARMED, ...) and by actor on either side (part of the name). */
    public record RelationQuery(Optional<String> status, Optional<String> predicate, Optional<String> actor,
                                Page page) {
    }

    /** One relation between two actors as one article states it. */
    public record RelationSummary(long id, long articleId, String articleKey, String subject, String predicate,
                                  String object, String status, String polarity, Optional<String> source,
                                  Optional<String> date, Span evidence) {
    }

    /** An actor of the registry or of the articles, with how often it appears. */
    public record ActorSummary(long id, String name, String kind, Optional<String> country, int incidents,
                               int relations, int statements) {
    }

    /** A resolved place with the incidents placed there. */
    public record PlaceSummary(long id, String name, Optional<String> admin1, Optional<String> admin2,
                               Optional<String> country, Optional<Double> lat, Optional<Double> lon,
                               String precision, int incidents) {
    }

    /** What a search found: articles, statements and actors whose words contain the query. */
    public record SearchResult(List<ArticleSummary> articles, List<StatementSummary> statements,
                               List<ActorSummary> actors) {

        public SearchResult {
            articles = List.copyOf(articles);
            statements = List.copyOf(statements);
            actors = List.copyOf(actors);
        }
    }
}
