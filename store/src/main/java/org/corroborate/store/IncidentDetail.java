package org.corroborate.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.corroborate.incident.FigureKind;
import org.corroborate.incident.IncidentType;
import org.corroborate.report.Span;

/**
 * One incident with everything behind it: each article's report with its own figures, parties and the reason it
 * was merged; the statements that overlap the reports' evidence; the relations of its parties in those articles.
 */
public record IncidentDetail(IncidentSummary summary, List<SourceReport> reports, List<StatementRow> statements,
                             List<RelationRow> relations) {

    public IncidentDetail {
        reports = List.copyOf(reports);
        statements = List.copyOf(statements);
        relations = List.copyOf(relations);
    }

    /**
     * One article's report of the incident.
     *
     * @param source the outlet, or credited agency, or the article itself when neither is known
     * @param independentKey reports with the same key are one independent source ("agency:AFP")
     * @param copyOf the article this one copies, when it does
     * @param mergeReason why it joined the incident; empty for the report that started it
     */
    public record SourceReport(long id, long articleId, String articleKey, Optional<String> title, String source,
                               String independentKey, Optional<String> copyOf, Optional<LocalDate> published,
                               IncidentType type, String stage, String status, Optional<Boolean> suicide,
                               Optional<String> date, Optional<String> place,
                               Optional<String> mergeReason, Span evidence, List<FigureRow> figures,
                               List<PartyRow> parties) {
        public SourceReport {
            figures = List.copyOf(figures);
            parties = List.copyOf(parties);
        }
    }

    /** A figure as one report gives it, with its own source ("according to police") and status. */
    public record FigureRow(FigureKind kind, long min, Optional<Long> max, String text, String status,
                            Optional<String> source, Span evidence) {
    }

    /**
     * A perpetrator, claimant, victim, target or weapon of one report.
     *
     * @param role PERPETRATOR, CLAIMED_BY, VICTIM, TARGET or WEAPON
     * @param kind INDIVIDUAL or ORGANIZATION for perpetrators and claimants
     * @param code the GTD target or weapon type of a target or weapon
     */
    public record PartyRow(String role, String text, Optional<String> actor, Optional<String> kind,
                           Optional<String> code, boolean named, Optional<String> status, Optional<String> source) {
    }

    /** A statement of one of the reporting articles. */
    public record StatementRow(long articleId, String articleKey, String status, String polarity,
                               Optional<String> source, Optional<String> cue, Span evidence) {
    }

    /** A relation between the incident's parties in one of the reporting articles. */
    public record RelationRow(long articleId, String articleKey, String subject, String predicate, String object,
                              String status, Optional<String> source, Span evidence) {
    }
}
