package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.corroborate.article.Article;
import org.corroborate.ingest.PathReader;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.ReadResult;
import org.corroborate.nlp.AnalyzedText;
import org.corroborate.nlp.AnalyzedTextJson;
import org.corroborate.nlp.NlpEngine;
import org.corroborate.pipeline.NlpInput;
import org.corroborate.time.ReferenceDate;
import org.corroborate.time.ReferenceDateFinder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corroborate nlp PATH...}: the NLP layer's annotations, for inspection or as recordings for tests. */
@Command(name = "nlp", mixinStandardHelpOptions = true,
        description = {"Prints the NLP annotations (sentences, tokens, entities, times, quantities, dependencies) "
                + "of each article as one JSON line, resolved against the same reference date analyze uses.",
                "With --record DIR, writes one file per article into DIR instead, named by a hash of text and "
                        + "reference date: the recordings the canned engine of the unit tests replays."},
        footer = {"", "Example (refresh the unit tests' recordings):",
                "  corroborate nlp core/src/test/resources/nlp-recordings/texts.jsonl "
                        + "--record core/src/test/resources/nlp-recordings"})
final class NlpCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Text files, folders or .jsonl files.")
    List<Path> paths;

    @Option(names = "--record", paramLabel = "DIR", description = "Write recordings into DIR.")
    Path record;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date for articles without one.")
    LocalDate published;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final EngineFactory engines;

    NlpCommand(EngineFactory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (record != null) {
            Files.createDirectories(record);
        }
        NlpEngine engine = engines.create(err);
        AnalyzedTextJson json = new AnalyzedTextJson();
        ReferenceDateFinder dates = new ReferenceDateFinder();
        ReadOptions options = new ReadOptions(StandardCharsets.UTF_8, Optional.ofNullable(published), Optional.empty());
        int failed = 0;
        int written = 0;
        try (Stream<ReadResult> results = new PathReader(options).read(paths)) {
            for (ReadResult r : (Iterable<ReadResult>) results::iterator) {
                if (r.failed()) {
                    failed++;
                    err.println("skipped " + r.problems().get(0).message());
                    continue;
                }
                Article article = r.article().orElseThrow();
                Optional<LocalDate> reference = dates.find(article).map(ReferenceDate::date);
                String input = NlpInput.of(article.text());
                AnalyzedText analyzed = engine.annotate(input, reference);
                if (record == null) {
                    out.println(json.write(analyzed));
                } else {
                    Path file = record.resolve(AnalyzedTextJson.recordingKey(input, reference) + ".json");
                    Files.writeString(file, json.write(analyzed) + "\n");
                }
                written++;
            }
        }
        out.flush();
        err.printf("Annotated %d article(s)%s; %d input(s) failed.%n", written,
                record == null ? "" : " into " + record, failed);
        return failed == 0 ? 0 : 1;
    }
}
