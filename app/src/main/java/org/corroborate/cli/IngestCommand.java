package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.corroborate.ingest.PathReader;
import org.corroborate.ingest.ReadResult;
import org.corroborate.pipeline.Analyzer;
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
        Ingestion ingestion;
        try (KnowledgeBase kb = store.open();
             Stream<ReadResult> results = run.first(new PathReader(articles.readOptions()).readLocations(locations))) {
            ingestion = new Ingestion(kb, this::analyzer, explain, err);
            ingestion.ingest(results);
            ingestion.summarize(err);
        }
        return ingestion.failed() ? 1 : 0;
    }

    /** The analyser, built on first use. */
    private Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = Engines.analyzer(run.engine(engines, spec.commandLine().getErr()),
                    articles.registry(spec.commandLine()));
        }
        return analyzer;
    }
}
