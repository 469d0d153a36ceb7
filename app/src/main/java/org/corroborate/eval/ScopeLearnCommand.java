package org.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.corroborate.article.Article;
import org.corroborate.cli.CorpusRunOptions;
import org.corroborate.cli.EngineFactory;
import org.corroborate.cli.Progress;
import org.corroborate.incident.Muc4Relevance;
import org.corroborate.pipeline.Analyzer;
import org.corroborate.report.ArticleReport;
import org.corroborate.report.ReportJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code corroborate learn scope}: trains the model that tells which incidents MUC-4 would code, from the MUC-4 DEV
 * texts and answer keys.
 */
@Command(name = "scope", mixinStandardHelpOptions = true,
        description = {"Trains the MUC-4 scope model on the MUC-4 DEV texts and answer keys: every incident the "
                + "hand rules alone (without the role model, whose DEV output is that of its own training data) give "
                + "a MUC-4 type is labelled relevant when one of its role fillers is in the message's key, "
                + "irrelevant when it has fillers and none is (an incident without fillers is not used), and "
                + "logistic regression (liblinear) learns it from the incident's features (type, stage, status, how "
                + "long before the report, place, parties, the words that tell it).",
                "The threshold is the one whose CEAF-REE micro F1 over DEV, averaged with that of the thresholds 0.05 "
                        + "above and below it, is best in a " + LinearTrainer.FOLDS
                        + "-fold cross-validation over documents; the command prints it beside the rules alone.",
                "The result is shipped as core/src/main/resources" + Muc4Relevance.RESOURCE
                        + "; run this from the repository root to regenerate it."},
        footer = {"", "Example:", "  corroborate learn scope --nlp-cache target/nlp-dev"})
public final class ScopeLearnCommand implements Callable<Integer> {

    @CommandLine.Mixin
    Muc4Data data;

    @Mixin
    CorpusRunOptions run;

    @Mixin
    FoldOptions folds;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "core/src/main/resources" + Muc4Relevance.RESOURCE,
            description = "Where to write the model. Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = "--cost", paramLabel = "C", defaultValue = "0.5",
            description = "liblinear's cost C: lower is more regularised. Default: ${DEFAULT-VALUE}.")
    double cost;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "3",
            description = "Keep features seen in at least N incidents. Default: ${DEFAULT-VALUE}.")
    int minCount;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final EngineFactory engines;

    ScopeLearnCommand(EngineFactory engines) {
        this.engines = engines;
    }

    /** A MUC-4 incident with fillers: its example's index and its fillers per role. */
    private record Incident(int example, Map<Muc4Role, List<String>> fills) {
    }

    /** One message: its key's entities per role and its MUC-4 incidents with fillers. */
    private record Document(Map<Muc4Role, List<Set<String>>> gold, List<Incident> incidents) {
    }

    @Override
    public Integer call() throws IOException {
        FoldSplit split = folds.split(spec.commandLine());
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Muc4Keys.Message> keys = Muc4Keys.read(data.templates(spec.commandLine()), "dev");
        List<JsonNode> messages = run.first(data.messages(spec.commandLine(), List.of("dev")));
        Analyzer analyzer = Analyzer.rulesOnly(run.engine(engines, err));
        ReportJson json = new ReportJson();
        List<LinearTrainer.Example> examples = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        Progress progress = new Progress(err, "learn scope", messages.size());
        for (JsonNode m : messages) {
            Muc4Keys.Message key = keys.get(m.path("id").asText());
            Article article = Muc4Data.article(m);
            ArticleReport report = analyzer.analyze(article);
            JsonNode incidents = json.toJson(report).path("incidents");
            Document d = new Document(Muc4Keys.entities(key), new ArrayList<>());
            for (int i = 0; i < report.incidents().size(); i++) {
                // An incident without a MUC-4 type or without fillers adds nothing to the score: not an example.
                Map<Muc4Role, List<String>> fills = Muc4Fills.of(List.of(incidents.get(i)));
                if (fills.values().stream().allMatch(List::isEmpty)) {
                    continue;
                }
                boolean relevant = fills.entrySet().stream().anyMatch(e -> e.getValue().stream()
                        .anyMatch(s -> d.gold().get(e.getKey()).stream().anyMatch(g -> g.contains(s))));
                d.incidents().add(new Incident(examples.size(), fills));
                examples.add(new LinearTrainer.Example(documents.size(), Muc4Relevance.features(
                        report.incidents(), i, article.text(), report.referenceDate()), relevant ? 1 : 0));
            }
            documents.add(d);
            progress.tick();
        }
        progress.done();

        LinearTrainer trainer = new LinearTrainer(examples, 2, cost, minCount, split);
        double[][] outOfFold = trainer.crossValidated(examples);
        PrintWriter out = spec.commandLine().getOut();
        long relevant = examples.stream().filter(e -> e.label() == 1).count();
        out.printf("learn scope: %d DEV documents, %d MUC-4 incidents with fillers (%d relevant), %d features "
                + "(seen in >= %d incidents), C = %s%n", documents.size(), examples.size(), relevant,
                trainer.features(), minCount, cost);
        // F1 at thresholds 0 (the rules alone), 0.05, ..., 0.95. The threshold taken is the one whose F1 averaged
        // with its neighbours' is best: a lone peak of the out-of-fold curve is noise that retraining moves.
        double[][] curve = new double[THRESHOLD_STEPS][];
        for (int step = 0; step < THRESHOLD_STEPS; step++) {
            curve[step] = score(documents, outOfFold, step * 0.05);
        }
        double[] rules = curve[0];
        int chosen = 0;
        for (int step = 1; step < THRESHOLD_STEPS; step++) {
            if (smoothedF1(curve, step) > smoothedF1(curve, chosen)) {
                chosen = step;
            }
        }
        double[] best = {chosen * 0.05, curve[chosen][0], curve[chosen][1], curve[chosen][2]};
        StringBuilder row = new StringBuilder();
        for (int step = 0; step < THRESHOLD_STEPS; step++) {
            row.append(String.format(" %.2f:%.1f", step * 0.05, curve[step][2] * 100));
        }
        out.printf("%n  F1 by threshold:%s%n", row);
        out.printf("%n  %-34s %6s %6s %6s   (CEAF-REE micro over DEV, %d-fold cross-validation, %s)%n", "",
                "P", "R", "F1", LinearTrainer.FOLDS, split.describe());
        out.printf("  %-34s %6.1f %6.1f %6.1f%n", "rules alone", rules[0] * 100, rules[1] * 100, rules[2] * 100);
        out.printf("  %-34s %6.1f %6.1f %6.1f%n", String.format("rules and model, threshold %.2f", best[0]),
                best[1] * 100, best[2] * 100, best[3] * 100);
        List<String> header = List.of("Generated by 'corroborate learn scope' from the MUC-4 DEV texts and answer keys ("
                + documents.size() + " documents, " + examples.size() + " incidents); do not edit.",
                "Regenerate: ./corroborate learn scope --cost " + cost + " --min-count " + minCount
                        + split.options() + " [--nlp-cache DIR]");
        trainer.write(examples, new int[] {1}, List.of("relevant"), Map.of("threshold", new double[] {best[0]}),
                header, output);
        out.println();
        out.println("Model written to " + output);
        out.flush();
        return 0;
    }

    /**
     * CEAF-REE micro precision, recall and F1 over the documents when the incidents whose out-of-fold probability of
     * relevance is below {@code threshold} are left out.
     */
    /** Thresholds tried: 0, 0.05, ..., 0.95. */
    private static final int THRESHOLD_STEPS = 20;

    /** The F1 at {@code step} averaged with the F1 at the steps beside it (those that exist). */
    private static double smoothedF1(double[][] curve, int step) {
        double sum = 0;
        int n = 0;
        for (int k = Math.max(0, step - 1); k <= Math.min(curve.length - 1, step + 1); k++) {
            sum += curve[k][2];
            n++;
        }
        return sum / n;
    }

    private static double[] score(List<Document> documents, double[][] probabilities, double threshold) {
        int gold = 0;
        int predicted = 0;
        int matched = 0;
        for (Document d : documents) {
            for (Muc4Role role : Muc4Role.values()) {
                List<String> kept = new ArrayList<>();
                for (Incident incident : d.incidents()) {
                    if (probabilities[incident.example()][1] >= threshold) {
                        incident.fills().get(role).stream().filter(s -> !kept.contains(s)).forEach(kept::add);
                    }
                }
                gold += d.gold().get(role).size();
                predicted += kept.size();
                matched += CeafRee.matched(d.gold().get(role), kept);
            }
        }
        double p = GoldScore.ratio(matched, predicted);
        double r = GoldScore.ratio(matched, gold);
        return new double[] {p, r, GoldScore.f1(p, r)};
    }
}
