package org.corroborate.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.corroborate.cli.EvaluationData;
import org.corroborate.ingest.PathReader;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.ReadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corroborate bench CORPUS}: the analyze pipeline beside CoreNLP's stock pipeline, each in its own JVM. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures throughput (articles/s, tokens/s), peak heap and peak process RSS of the whole "
                + "analyze pipeline beside CoreNLP's stock pipeline (tokenize,ssplit,pos,lemma,ner,depparse) on the "
                + "same texts. Each pipeline runs in its own JVM; runs alternate; model loading is timed apart.",
                "CORPUS is anything analyze reads: a text file, a folder or a .jsonl file."},
        footer = {"", "Example:",
                "  corroborate bench ../shared/data/muc34-terrorism/derived/articles.jsonl --limit 100"})
public final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CORPUS", description = "Texts to run both pipelines on.")
    Path corpus;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Use the first N readable articles. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "1",
            description = "Run each pipeline R times, alternating; the table shows each pipeline's median run "
                    + "(of an even number, the mean of the middle two), the ratio the median of the rounds' own "
                    + "ratios. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "6g",
            description = "Maximum heap of each worker JVM (-Xmx). Default: ${DEFAULT-VALUE}.")
    String heap;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1 || rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit and --rounds must be at least 1");
        }
        EvaluationData.require(spec.commandLine(), corpus, "corpus", "give a text file, folder or .jsonl file");
        Path input = prepare(err);
        List<BenchResult> ours = new ArrayList<>();
        List<BenchResult> stock = new ArrayList<>();
        try {
            for (int round = 1; round <= rounds; round++) {
                ours.add(run("corroborate", input, round, err));
                stock.add(run("stock", input, round, err));
            }
        } finally {
            Files.deleteIfExists(input);
        }
        BenchResult a = BenchSummary.median(ours);
        BenchResult b = BenchSummary.median(stock);
        double[] ratio = BenchSummary.ratios(ours, stock);
        out.printf("%nbench: %d article(s), %d token(s) from %s; %d round(s); Java %s, %d CPU(s)%n", a.articles(),
                b.tokens(), corpus, rounds, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        out.printf("%-34s %9s %11s %10s %12s %13s%n", "pipeline", "load s", "articles/s", "tokens/s",
                "peak heap MB", "peak RSS MB");
        row(out, "corroborate analyze", a);
        row(out, "CoreNLP stock pipeline", b);
        out.printf("%-34s %9.2f %11.2f %10.2f %12.2f %13.2f%n", "ratio corroborate / stock", ratio[0], ratio[1],
                ratio[2], ratio[3], ratio[4]);
        if (rounds > 1) {
            out.printf("(ratio: the median over the %d rounds of each round's own ratio)%n", rounds);
        }
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, String name, BenchResult r) {
        out.printf("%-34s %9.1f %11.2f %10.0f %12.0f %13.0f%n", name, r.loadSeconds(), r.articlesPerSecond(),
                r.tokensPerSecond(), r.peakHeapMb(), r.peakRssMb());
    }

    /** Reads the corpus once and writes the first {@code limit} articles for the workers. */
    private Path prepare(PrintWriter err) throws IOException {
        Path input = Files.createTempFile("corroborate-bench-", ".jsonl");
        int count = 0;
        try (Stream<ReadResult> results = new PathReader(ReadOptions.defaults()).read(corpus);
             var writer = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (ReadResult r : (Iterable<ReadResult>) results.filter(x -> !x.failed()).limit(limit)::iterator) {
                var article = r.article().orElseThrow();
                ObjectNode n = mapper.createObjectNode();
                n.put("id", article.id());
                n.put("text", article.text());
                article.published().ifPresent(d -> n.put("published", d.toString()));
                writer.write(n.toString());
                writer.write('\n');
                count++;
            }
        }
        if (count == 0) {
            Files.deleteIfExists(input);
            throw new CommandLine.ParameterException(spec.commandLine(), "no readable article in '" + corpus + "'");
        }
        err.printf("bench: %d article(s) prepared from %s%n", count, corpus);
        return input;
    }

    private BenchResult run(String pipeline, Path input, int round, PrintWriter err)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx" + heap, "-XX:+UseParallelGC",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                BenchWorker.class.getName(), pipeline, input.toString());
        err.printf("bench: round %d, %s ...%n", round, pipeline);
        err.flush();
        Path log = Files.createTempFile("corroborate-bench-", ".log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(6, TimeUnit.HOURS) || process.exitValue() != 0) {
            String tail = Files.readString(log);
            Files.deleteIfExists(log);
            throw new IllegalStateException("the " + pipeline + " worker failed (exit " + process.exitValue() + "): "
                    + tail.substring(Math.max(0, tail.length() - 2000)));
        }
        Files.deleteIfExists(log);
        String last = output.substring(output.lastIndexOf('\n') + 1);
        BenchResult result = mapper.readValue(last, BenchResult.class);
        err.printf("bench: %s: %.2f articles/s, %.0f tokens/s, peak RSS %.0f MB%n", pipeline,
                result.articlesPerSecond(), result.tokensPerSecond(), result.peakRssMb());
        return result;
    }
}
