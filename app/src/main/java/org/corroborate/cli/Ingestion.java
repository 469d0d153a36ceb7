package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.corroborate.article.Article;
import org.corroborate.ingest.ReadResult;
import org.corroborate.pipeline.Analyzer;
import org.corroborate.report.ArticleReport;
import org.corroborate.store.AddResult;
import org.corroborate.store.KnowledgeBase;

/**
 * Reads, analyses, stores and merges articles into a knowledge base, counting what happened. Content already stored
 * is skipped before analysis; one article that fails is reported and the rest go on.
 */
final class Ingestion {

    private final KnowledgeBase kb;
    private final Supplier<Analyzer> analyzer;
    private final boolean explain;
    private final Progress progress;
    private int read;
    private int added;
    private int duplicates;
    private int newIncidents;
    private int merged;
    private int copies;
    private final List<String> failures = new ArrayList<>();

    /**
     * @param analyzer called on the first article that is not stored yet, so that a run with nothing new never
     *                 loads the NLP models
     * @param explain  print why each report joined a known incident
     */
    Ingestion(KnowledgeBase kb, Supplier<Analyzer> analyzer, boolean explain, PrintWriter err) {
        this.kb = kb;
        this.analyzer = analyzer;
        this.explain = explain;
        this.progress = new Progress(err, "ingest");
    }

    /** Ingests every article of {@code results}. */
    void ingest(Stream<ReadResult> results) {
        results.forEach(result -> {
            ingest(result);
            progress.tick(failures.size());
        });
        progress.done();
    }

    boolean failed() {
        return !failures.isEmpty();
    }

    /** Prints what the run did and what the knowledge base now holds, then each failure with its reason. */
    void summarize(PrintWriter err) {
        KnowledgeBase.Totals totals = kb.totals();
        err.printf("Read %d article(s): %d new, %d duplicate(s) already stored, %d failed.%n", read, added,
                duplicates, failures.size());
        err.printf("New incidents: %d; reports merged into known incidents: %d; copies of stored articles: %d.%n",
                newIncidents, merged, copies);
        err.printf("Knowledge base %s: %d article(s), %d incident(s) from %d report(s), %d statement(s), "
                + "%d relation(s), %d actor(s).%n", kb.location(), totals.articles(), totals.incidents(),
                totals.incidentReports(), totals.statements(), totals.relations(), totals.actors());
        for (String failure : failures) {
            err.println("  failed: " + failure);
        }
        err.flush();
    }

    private void ingest(ReadResult result) {
        read++;
        if (result.failed()) {
            String reason = result.problems().get(0).message();
            failures.add(reason);
            progress.message("skipped " + reason);
            return;
        }
        Article article = result.article().orElseThrow();
        if (kb.contains(article.contentSha256())) {
            duplicates++;
            return;
        }
        try {
            ArticleReport report = analyzer.get().analyze(article).withProblems(result.problems());
            AddResult outcome = kb.add(report);
            if (outcome.duplicate()) {
                duplicates++;
                return;
            }
            added++;
            newIncidents += outcome.newIncidents().size();
            merged += outcome.mergedIncidents().size();
            if (outcome.copyOf().isPresent()) {
                copies++;
            }
            if (explain) {
                outcome.copyOf().ifPresent(c -> progress.message(article.id() + " is a copy of " + c));
                for (AddResult.Merge m : outcome.mergedIncidents()) {
                    progress.message(article.id() + " " + m.reportKey() + " joins incident " + m.incidentId() + ": "
                            + m.explanation());
                }
            }
        } catch (RuntimeException e) {
            String reason = "'" + result.origin() + "' could not be analysed or stored (nothing of it was kept): " + e;
            failures.add(reason);
            progress.message("failed " + reason);
        }
    }
}
