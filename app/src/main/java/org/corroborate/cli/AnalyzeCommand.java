package org.corroborate.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.corroborate.ingest.PathReader;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.ReadResult;
import org.corroborate.pipeline.Analyzer;
import org.corroborate.report.ArticleReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corroborate analyze PATH...}: extract incidents, statements and relations from articles. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Extracts incidents, statements and relations from articles and prints one report per article.",
                "PATH is a text file (one article), a folder (every .txt and .jsonl file under it) or a JSON Lines "
                        + "file (one article per line: id, text, and optionally title, outlet or publisher, author, "
                        + "url, published or date)."},
        footer = {"", "Examples:",
                "  corroborate analyze article.txt",
                "  corroborate analyze article.txt --format json --published 2025-05-16",
                "  corroborate analyze feed.jsonl --format jsonl --output reports.jsonl"})
final class AnalyzeCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json, jsonl }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Text files, folders or .jsonl files.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people), json (the contract; an array when several articles) or jsonl "
                    + "(one report per line). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write reports to FILE instead of stdout.")
    Path output;

    @CommandLine.Mixin
    ArticleOptions articles;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final EngineFactory engines;

    AnalyzeCommand(EngineFactory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && output.toAbsolutePath().getParent() != null
                && !Files.isDirectory(output.toAbsolutePath().getParent())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--output '" + output
                    + "': the folder " + output.toAbsolutePath().getParent() + " does not exist");
        }
        Analyzer analyzer = Engines.analyzer(engines.create(err), articles.registry(spec.commandLine()));
        ReadOptions options = articles.readOptions();
        Writer out = output == null ? spec.commandLine().getOut()
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        ReportSink sink = ReportSink.of(format, out);
        Progress progress = new Progress(err, "analyze");
        List<ReadResult> failures = new ArrayList<>();
        int[] totals = new int[4];
        try (Stream<ReadResult> results = new PathReader(options).read(paths)) {
            results.forEach(result -> {
                if (result.failed()) {
                    failures.add(result);
                    progress.message("skipped " + result.problems().get(0).message());
                } else {
                    try {
                        ArticleReport report = analyzer.analyze(result.article().orElseThrow())
                                .withProblems(result.problems());
                        sink.accept(report);
                        totals[0]++;
                        totals[1] += report.incidents().size();
                        totals[2] += report.statements().size();
                        totals[3] += report.relations().size();
                    } catch (UncheckedIOException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        failures.add(ReadResult.failed(result.origin(), "analysis-failed", "'" + result.origin()
                                + "' could not be analysed: " + e + "; please report this with the article"));
                        progress.message("failed " + result.origin() + ": " + e);
                    }
                }
                progress.tick(failures.size());
            });
        } finally {
            sink.finish();
            if (output != null) {
                out.close();
            } else {
                out.flush();
            }
        }
        progress.done();
        err.printf("Analysed %d article(s): %d incident(s), %d statement(s), %d relation(s); %d input(s) failed.%n",
                totals[0], totals[1], totals[2], totals[3], failures.size());
        for (ReadResult f : failures) {
            err.println("  failed: " + f.problems().get(0).message());
        }
        if (output != null) {
            err.println("Reports written to " + output);
        }
        err.flush();
        return failures.isEmpty() ? 0 : 1;
    }

    /** Where reports go, in the chosen format. */
    interface ReportSink {
        void accept(ArticleReport report);

        void finish();

        static ReportSink of(Format format, Writer out) {
            org.corroborate.report.ReportJson json = new org.corroborate.report.ReportJson();
            return switch (format) {
                case jsonl -> new ReportSink() {
                    @Override
                    public void accept(ArticleReport report) {
                        write(out, json.toLine(report) + "\n");
                    }

                    @Override
                    public void finish() {
                    }
                };
                case json -> new ReportSink() {
                    private final List<ArticleReport> reports = new ArrayList<>();

                    @Override
                    public void accept(ArticleReport report) {
                        reports.add(report);
                    }

                    @Override
                    public void finish() {
                        if (reports.size() == 1) {
                            write(out, json.toPrettyString(reports.get(0)) + "\n");
                        } else {
                            write(out, "[\n");
                            for (int i = 0; i < reports.size(); i++) {
                                write(out, json.toPrettyString(reports.get(i)) + (i + 1 < reports.size() ? ",\n" : "\n"));
                            }
                            write(out, "]\n");
                        }
                    }
                };
                case text -> new ReportSink() {
                    private final TextReport text = new TextReport();

                    @Override
                    public void accept(ArticleReport report) {
                        write(out, text.render(report));
                    }

                    @Override
                    public void finish() {
                    }
                };
            };
        }

        private static void write(Writer out, String s) {
            try {
                out.write(s);
                if (out instanceof BufferedWriter) {
                    return;
                }
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("writing reports", e);
            }
        }
    }
}
