package org.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.corroborate.actor.ActorRegistry;
import org.corroborate.article.Article;
import org.corroborate.cli.EngineFactory;
import org.corroborate.cli.EvaluationData;
import org.corroborate.pipeline.Analyzer;
import org.corroborate.place.Gazetteer;
import org.corroborate.report.ReportJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corroborate eval gold DIR}: score reports against every {@code *.gold.json} in DIR. */
@Command(name = "gold", mixinStandardHelpOptions = true,
        description = {"Compares reports with every *.gold.json under DIR and prints precision, recall and the "
                + "mismatches per kind. Each gold file names its article (document.file, relative to the folder "
                + "that holds the gold folder); the article is analysed unless --reports gives saved reports.",
                "Matching rules: see gold/README.md beside the gold files."},
        footer = {"", "Example:", "  corroborate eval gold ../shared/gold/dev --min-relation-recall 0.67"})
public final class GoldCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with *.gold.json files.")
    Path dir;

    @Option(names = "--reports", paramLabel = "FILE",
            description = "Score these saved reports (JSON Lines from 'analyze --format jsonl') instead of "
                    + "analysing the articles; reports are matched to gold by article text.")
    Path reports;

    @Option(names = "--corpus-root", paramLabel = "DIR",
            description = "Where the gold files' document paths start (default: the nearest folder above DIR "
                    + "in which they exist).")
    Path corpusRoot;

    @Option(names = "--min-incident-f1", paramLabel = "X", defaultValue = "0",
            description = "Fail (exit 1) when incident F1 is below X. Default: ${DEFAULT-VALUE}.")
    double minIncidentF1;

    @Option(names = "--min-relation-recall", paramLabel = "X", defaultValue = "0",
            description = "Fail when relation recall is below X. Default: ${DEFAULT-VALUE}.")
    double minRelationRecall;

    @Option(names = "--min-relation-f1", paramLabel = "X", defaultValue = "0",
            description = "Fail when relation F1 is below X. Default: ${DEFAULT-VALUE}.")
    double minRelationF1;

    @Option(names = "--min-statement-recall", paramLabel = "X", defaultValue = "0",
            description = "Fail when statement recall is below X. Default: ${DEFAULT-VALUE}.")
    double minStatementRecall;

    @Option(names = "--max-must-not", paramLabel = "N", defaultValue = "0",
            description = "Fail when more than N checkable must-nots are violated. Default: ${DEFAULT-VALUE}.")
    int maxMustNot;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final ObjectMapper mapper = new ObjectMapper();
    private final EngineFactory engines;

    GoldCommand(EngineFactory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EvaluationData.require(spec.commandLine(), dir, "gold folder", "give the folder of the *.gold.json files");
        List<Path> golds;
        try (Stream<Path> walk = Files.walk(dir)) {
            golds = walk.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        if (golds.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no *.gold.json files under '" + dir + "'");
        }
        Map<String, JsonNode> saved = reports == null ? Map.of() : savedReports(reports);
        ActorRegistry registry = ActorRegistry.bundled();
        Analyzer analyzer = null;
        GoldEvaluator evaluator = new GoldEvaluator(registry);
        GoldScore total = new GoldScore();
        out.printf("eval gold: %d gold file(s) under %s%n%n", golds.size(), dir);
        for (Path goldFile : golds) {
            JsonNode gold = mapper.readTree(goldFile.toFile());
            String documentPath = GoldEvaluator.text(gold.path("document").path("file"));
            Path document = resolveDocument(goldFile, documentPath);
            String text = Files.readString(document);
            JsonNode report;
            if (reports != null) {
                report = saved.get(Article.sha256(text));
                if (report == null) {
                    err.println("no report in " + reports + " has the text of " + document + "; skipped");
                    continue;
                }
            } else {
                if (analyzer == null) {
                    analyzer = new Analyzer(engines.create(err), registry, Gazetteer.bundled());
                }
                // Analysed as a user would run it: the gold's publication notes are not given to the system.
                report = new ReportJson().toJson(analyzer.analyze(Article.of(stem(document), text)));
            }
            GoldScore score = evaluator.score(gold, report);
            out.println("== " + goldFile.getFileName() + " (" + documentPath + ")");
            table(out, score);
            for (String m : score.mismatches) {
                out.println("  " + m);
            }
            if (!score.reviewByHand.isEmpty()) {
                out.println("  must-nots to review by hand (only outlets as relation parties are checked):");
                score.reviewByHand.forEach(m -> out.println("    - " + m));
            }
            out.println();
            total.add(score);
        }
        if (golds.size() > 1) {
            out.println("== all gold files");
            table(out, total);
        }
        out.flush();
        return thresholds(total, err);
    }

    private int thresholds(GoldScore s, PrintWriter err) {
        List<String> missed = new ArrayList<>();
        double incidentF1 = GoldScore.f1(s.incidentPrecision(), s.incidentRecall());
        double relationF1 = GoldScore.f1(s.relationPrecision(), s.relationRecall());
        if (incidentF1 < minIncidentF1) {
            missed.add(String.format("incident F1 %.3f < %.3f", incidentF1, minIncidentF1));
        }
        if (s.relationRecall() < minRelationRecall) {
            missed.add(String.format("relation recall %.3f < %.3f", s.relationRecall(), minRelationRecall));
        }
        if (relationF1 < minRelationF1) {
            missed.add(String.format("relation F1 %.3f < %.3f", relationF1, minRelationF1));
        }
        if (s.statementRecall() < minStatementRecall) {
            missed.add(String.format("statement recall %.3f < %.3f", s.statementRecall(), minStatementRecall));
        }
        if (s.mustNotViolations > maxMustNot) {
            missed.add(s.mustNotViolations + " must-not violation(s) > " + maxMustNot);
        }
        missed.forEach(m -> err.println("threshold missed: " + m));
        err.flush();
        return missed.isEmpty() ? 0 : 1;
    }

    private static void table(PrintWriter out, GoldScore s) {
        out.printf("  %-16s %6s %10s %8s %10s %8s %8s%n", "kind", "gold", "predicted", "matched", "precision",
                "recall", "F1");
        out.printf("  %-16s %6d %10d %8d %10.3f %8.3f %8.3f%n", "incidents", s.goldIncidents, s.predictedIncidents,
                s.matchedIncidents, s.incidentPrecision(), s.incidentRecall(),
                GoldScore.f1(s.incidentPrecision(), s.incidentRecall()));
        out.printf("  %-16s %6d %10s %8d %10s %8.3f %8s%n", "incident fields", s.incidentFields, "-",
                s.incidentFieldsRight, "-", GoldScore.ratio(s.incidentFieldsRight, s.incidentFields), "-");
        out.printf("  %-16s %6d %10d %8d %10.3f %8.3f %8.3f%n", "relations", s.goldRelations, s.predictedRelations,
                s.matchedRelations, s.relationPrecision(), s.relationRecall(),
                GoldScore.f1(s.relationPrecision(), s.relationRecall()));
        out.printf("  %-16s %6d %10s %8d %10s %8.3f %8s%n", "statements", s.goldStatements, "-",
                s.matchedStatements, "-", s.statementRecall(), "-");
        out.printf("  must-not violations (checked): %d%n", s.mustNotViolations);
    }

    private Path resolveDocument(Path goldFile, String documentPath) {
        if (documentPath.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'" + goldFile
                    + "' names no document.file; the gold must say which article it describes");
        }
        if (corpusRoot != null) {
            return existing(corpusRoot.resolve(documentPath), goldFile);
        }
        for (Path p = goldFile.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(documentPath))) {
                return p.resolve(documentPath);
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "the article '" + documentPath + "' of '"
                + goldFile + "' was not found in any folder above it; pass --corpus-root");
    }

    private Path existing(Path p, Path goldFile) {
        if (!Files.isRegularFile(p)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the article of '" + goldFile
                    + "' is not at " + p);
        }
        return p;
    }

    private Map<String, JsonNode> savedReports(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--reports '" + file + "' is not a file");
        }
        Map<String, JsonNode> byText = new HashMap<>();
        int number = 0;
        for (String line : Files.readAllLines(file)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = mapper.readTree(line);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--reports '" + file + "' line "
                        + number + " is not JSON; give the output of 'analyze --format jsonl'");
            }
            byText.put(Article.sha256(node.path("article").path("text").asText()), node);
        }
        return byText;
    }

    private static String stem(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
