package org.corroborate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.article.Article;
import org.corroborate.nlp.corenlp.CoreNlpEngine;
import org.corroborate.nlp.corenlp.CoreNlpSettings;
import org.corroborate.nlp.corenlp.StockCoreNlp;
import org.corroborate.pipeline.Analyzer;
import org.corroborate.report.ArticleReport;
import org.corroborate.report.ReportJson;

/**
 * Runs one pipeline over prepared texts in its own JVM and prints one JSON line with its measurements. Started by
 * {@link BenchCommand}; not meant to be run by hand.
 */
public final class BenchWorker {

    private BenchWorker() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BenchWorker corroborate|stock INPUT.jsonl");
            System.exit(2);
        }
        String pipeline = args[0];
        ObjectMapper mapper = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            JsonNode n = mapper.readTree(line);
            Article a = Article.of(n.path("id").asText(), n.path("text").asText());
            if (n.hasNonNull("published")) {
                a = a.withPublished(LocalDate.parse(n.path("published").asText()));
            }
            articles.add(a);
        }
        long loadStart = System.nanoTime();
        long tokens = 0;
        double load;
        double run;
        if (pipeline.equals("stock")) {
            StockCoreNlp stock = new StockCoreNlp();
            load = seconds(loadStart);
            long runStart = System.nanoTime();
            for (Article a : articles) {
                tokens += stock.annotate(a.text());
            }
            run = seconds(runStart);
        } else {
            CountingEngine engine = new CountingEngine(new CoreNlpEngine(CoreNlpSettings.defaults()));
            Analyzer analyzer = Analyzer.withBundledData(engine);
            ReportJson json = new ReportJson();
            load = seconds(loadStart);
            long runStart = System.nanoTime();
            // The reports are serialised as analyze does, then dropped: output cost is part of the pipeline.
            java.io.Writer sink = java.io.Writer.nullWriter();
            for (Article a : articles) {
                ArticleReport report = analyzer.analyze(a);
                sink.write(json.toLine(report));
            }
            run = seconds(runStart);
            tokens = engine.tokens();
        }
        BenchResult result = new BenchResult(pipeline, articles.size(), tokens, load, run, peakHeapMb(),
                peakRssMb().orElse(-1.0));
        System.out.println(mapper.writeValueAsString(result));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / 1048576.0;
    }

    /** Peak resident set size from /proc (Linux), in MB. */
    private static Optional<Double> peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    String kb = line.substring(6).trim().split("\\s+")[0];
                    return Optional.of(Long.parseLong(kb) / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
