package org.corroborate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.corroborate.ingest.PathReader;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.ReadResult;
import org.corroborate.pipeline.Analyzer;
import org.corroborate.store.KnowledgeBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corroborate demo}: a fresh knowledge base from the bundled sample corpus, served with the web UI. The corpus
 * is MUC-3/4 wire reports (public domain; {@code scripts/make-demo-corpus.py}) of incidents that several outlets
 * covered, the murder of the six Jesuit
 * priests in San Salvador among them; the sample article of {@code ../shared/corpus} is added when that folder is
 * there (its licence does not allow shipping it).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Builds a fresh knowledge base from the bundled sample corpus (MUC-3/4 wire reports of "
                + "incidents covered by several outlets; plus the sample article from ../shared/corpus when that "
                + "folder is present), then serves the web UI and prints its address.",
                "The first run loads the NLP models and analyses about 90 articles: a minute or two."},
        footer = {"", "Examples:", "  ./corroborate demo", "  ./corroborate demo --port 8080 --db /tmp/demo.db"})
final class DemoCommand implements Callable<Integer> {

    static final String CORPUS = "/org/corroborate/demo/muc4-multi-source.jsonl";

    /** The sample article's day: its text says "As of May 16, 2025" and gives no publication date. */
    private static final LocalDate SAMPLE_PUBLISHED = LocalDate.of(2025, 5, 16);

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "corroborate-demo.db",
            description = "The SQLite file to build; replaced on each run. Default: ${DEFAULT-VALUE}.")
    Path db;

    @Option(names = "--shared", paramLabel = "DIR",
            description = "The shared folder holding corpus/dev (default: ../shared from the working directory or "
                    + "from the checkout).")
    Path shared;

    @Option(names = "--no-serve", description = "Build the knowledge base and stop, without serving it.")
    boolean noServe;

    @CommandLine.Mixin
    ServeCommand.ServerOptions server;

    @CommandLine.Mixin
    CorpusRunOptions run;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final EngineFactory engines;
    private Analyzer analyzer;

    DemoCommand(EngineFactory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        Optional<Path> sample = sampleCorpus();
        Path corpus = Files.createTempFile("corroborate-demo", ".jsonl");
        // serving ends with Ctrl-C, which runs shutdown hooks but not the finally below
        corpus.toFile().deleteOnExit();
        try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS)) {
            Files.copy(in, corpus, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        long reports;
        try (Stream<String> lines = Files.lines(corpus)) {
            reports = lines.filter(line -> !line.isBlank()).count();
        }
        err.println("demo: building " + db + " from the bundled MUC-3/4 sample (" + reports + " wire reports)"
                + sample.map(p -> " and the sample article in " + p).orElse("; ../shared/corpus not found, so "
                + "the sample article is left out (give --shared DIR to add it)"));
        boolean failed;
        try (KnowledgeBase kb = KnowledgeBase.open(db.toString())) {
            Ingestion ingestion = new Ingestion(kb, this::analyzer, false, err);
            ingestion.ingest(run.first(read(ReadOptions.defaults(), corpus)));
            sample.ifPresent(folder -> ingestion.ingest(read(new ReadOptions(ReadOptions.defaults().encoding(),
                    Optional.of(SAMPLE_PUBLISHED), Optional.empty()), folder)));
            ingestion.summarize(err);
            failed = ingestion.failed();
            if (!noServe) {
                KnowledgeBase.Totals totals = kb.totals();
                ServeCommand.serveUntilInterrupted(kb, server, spec, "demo: " + totals.articles() + " articles, "
                        + totals.incidents() + " incidents");
            }
        } finally {
            Files.deleteIfExists(corpus);
        }
        return failed ? 1 : 0;
    }

    private static Stream<ReadResult> read(ReadOptions options, Path path) {
        return new PathReader(options).readLocations(List.of(path.toString()));
    }

    /** {@code corpus/dev} of the shared folder: given, or next to the working directory, or next to the checkout. */
    private Optional<Path> sampleCorpus() {
        if (shared != null) {
            Path dev = shared.resolve("corpus/dev");
            if (!Files.isDirectory(dev)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--shared " + shared
                        + ": no corpus/dev folder in it; give the folder that holds corpus/ and data/");
            }
            return Optional.of(dev);
        }
        Stream<Path> candidates = Stream.of(Path.of("..", "shared"), checkout().map(c -> c.resolve("../shared"))
                .orElse(Path.of("..", "shared")));
        return candidates.map(p -> p.resolve("corpus/dev").normalize()).filter(Files::isDirectory).findFirst();
    }

    /** The checkout the running jar was built in ({@code app/target/corroborate.jar} is two levels below it). */
    private static Optional<Path> checkout() {
        try {
            Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(jar.getParent()).map(Path::getParent).map(Path::getParent);
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = Engines.analyzer(run.engine(engines, spec.commandLine().getErr()),
                    Engines.registry(Optional.empty(), spec.commandLine()));
        }
        return analyzer;
    }
}
