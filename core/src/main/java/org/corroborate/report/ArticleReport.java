package org.corroborate.report;

import java.util.List;
import java.util.Optional;
import org.corroborate.actor.Actor;
import org.corroborate.article.Article;
import org.corroborate.incident.IncidentReport;
import org.corroborate.relation.Relation;
import org.corroborate.statement.Statement;

/**
 * Everything extracted from one article, in the shape of the contract {@code corroborate/article-report/1}.
 *
 * @param referenceDate the date relative times were resolved against, when any
 */
public record ArticleReport(Article article, Optional<java.time.LocalDate> referenceDate,
                            List<IncidentReport> incidents, List<Statement> statements, List<Relation> relations,
                            List<Actor> actors, List<Place> places, List<Problem> problems) {

    public static final String SCHEMA = "corroborate/article-report/1";

    public ArticleReport {
        incidents = List.copyOf(incidents);
        statements = List.copyOf(statements);
        relations = List.copyOf(relations);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        problems = List.copyOf(problems);
    }

    /** This report with {@code more} problems added after its own. */
    public ArticleReport withProblems(List<Problem> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Problem> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new ArticleReport(article, referenceDate, incidents, statements, relations, actors, places, all);
    }
}
