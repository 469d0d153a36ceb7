package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.corroborate.article.Article;
import org.corroborate.ingest.PathReader;
import org.corroborate.ingest.ReadResult;
import org.corroborate.pipeline.Analyzer;
import org.corroborate.report.ArticleReport;
import org.corroborate.store.AddResult;
import org.corroborate.store.KnowledgeBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code corroborate ingest PATH...}: read, analyse, store and merge articles into the knowledge base. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles, analyses them and stores everything in the knowledge base, merging reports "
                + "of the same incident across articles.",
                "PATH is a text, HTML, PDF, JSON Lines, RSS/Atom (.rss, .atom, .xml) or WARC (.warc, .warc.gz) file, "
                        + "a folder of such files, or an http(s):// address of a page or feed.",
                "Each article is stored in one transaction; content already stored is skipped without analysis, so "
                        + "an interrupted run is resumed by running it again."},
        footer = {"", "Examples:",
                "  corroborate ingest reports/ --db kb.db",
                "  corroborate ingest https://example.org/feed.rss --db postgresql://me:secret@localhost/kb",
                "  corroborate ingest crawl.warc.gz --explain"})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or http(s) addresses.")
    List<String> locations;

    @CommandLine.Mixin
    StoreOptions store;

    @CommandLine.Mixin
    ArticleOptions articles;

    @CommandLine.Mixin
    CorpusRunOptions run;

    @CommandLine.Option(names = "--explain", description = "Print why each report joined a known incident.")
    boolean explain;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final EngineFactory engines;
    private Analyzer analyzer;

    IngestCommand(EngineFactory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Tally tally = new Tally();
        Progress progress = new Progress(err, "ingest");
        try (KnowledgeBase kb = store.open();
             Stream<ReadResult> results = run.first(new PathReader(articles.readOptions()).readLocations(locations))) {
            results.forEach(result -> {
                ingest(kb, result, tally, progress);
                progress.tick(tally.failures.size());
            });
            progress.done();
            KnowledgeBase.Totals totals = kb.totals();
            err.printf("Read %d article(s): %d new, %d duplicate(s) already stored, %d failed.%n", tally.read,
                    tally.added, tally.duplicates, tally.failures.size());
            err.printf("New incidents: %d; reports merged into known incidents: %d; copies of stored articles: %d.%n",
                    tally.newIncidents, tally.merged, tally.copies);
            err.printf("Knowledge base %s: %d article(s), %d incident(s) from %d report(s), %d statement(s), "
                    + "%d relation(s), %d actor(s).%n", kb.location(), totals.articles(), totals.incidents(),
                    totals.incidentReports(), totals.statements(), totals.relations(), totals.actors());
        }
        for (String failure : tally.failures) {
            err.println("  failed: " + failure);
        }
        err.flush();
        return tally.failures.isEmpty() ? 0 : 1;
    }

    private void ingest(KnowledgeBase kb, ReadResult result, Tally tally, Progress progress) {
        tally.read++;
        if (result.failed()) {
            String reason = result.problems().get(0).message();
            tally.failures.add(reason);
            progress.message("skipped " + reason);
            return;
        }
        Article article = result.article().orElseThrow();
        if (kb.contains(article.contentSha256())) {
            tally.duplicates++;
            return;
        }
        try {
            ArticleReport report = analyzer().analyze(article).withProblems(result.problems());
            AddResult added = kb.add(report);
            if (added.duplicate()) {
                tally.duplicates++;
                return;
            }
            tally.added++;
            tally.newIncidents += added.newIncidents().size();
            tally.merged += added.mergedIncidents().size();
            if (added.copyOf().isPresent()) {
                tally.copies++;
            }
            if (explain) {
                added.copyOf().ifPresent(c -> progress.message(article.id() + " is a copy of " + c));
                for (AddResult.Merge m : added.mergedIncidents()) {
                    progress.message(article.id() + " " + m.reportKey() + " joins incident " + m.incidentId() + ": "
                            + m.explanation());
                }
            }
        } catch (RuntimeException e) {
            String reason = "'" + result.origin() + "' could not be analysed or stored (nothing of it was kept): " + e;
            tally.failures.add(reason);
            progress.message("failed " + reason);
        }
    }

    /** The analyser, built on first use so that a run with nothing new never loads the NLP models. */
    private Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = Engines.analyzer(run.engine(engines, spec.commandLine().getErr()),
                    articles.registry(spec.commandLine()));
        }
        return analyzer;
    }

    /** What a run did. */
    private static final class Tally {
        int read;
        int added;
        int duplicates;
        int newIncidents;
        int merged;
        int copies;
        final List<String> failures = new ArrayList<>();
    }
}
