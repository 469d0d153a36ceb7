package org.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.corroborate.article.Article;
import org.corroborate.cli.CorpusRunOptions;
import org.corroborate.cli.EngineFactory;
import org.corroborate.cli.Progress;
import org.corroborate.pipeline.Analyzer;
import org.corroborate.report.ReportJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corroborate eval muc4}: MUC-4 role fillers scored with CEAF-REE on DEV, TST1 or TST2. */
@Command(name = "muc4", mixinStandardHelpOptions = true,
        description = {"Analyses the texts of a MUC-4 split and scores the role fillers PerpInd, PerpOrg, Target, "
                + "Victim and Weapon with CEAF-REE (micro precision, recall and F1, per role and overall), the "
                + "incident types, and the perpetrator confidences. Only incidents with a MUC-4 type count."},
        footer = {"", "Examples:",
                "  corroborate eval muc4 --split tst1",
                "  corroborate eval muc4 --split dev --limit 200 --save-reports dev.jsonl",
                "  corroborate eval muc4 --split dev --reports dev.jsonl"})
public final class Muc4Command implements Callable<Integer> {

    /** The splits with keys for development. */
    enum Split { dev, tst1, tst2 }

    @Option(names = "--split", required = true, paramLabel = "SPLIT",
            description = "dev, tst1 or tst2.", converter = SplitConverter.class)
    Split split;

    @CommandLine.Mixin
    Muc4Data data;

    @CommandLine.Mixin
    CorpusRunOptions run;

    @Option(names = "--reports", paramLabel = "FILE",
            description = "Score saved reports (from --save-reports or 'analyze --format jsonl') instead of analysing.")
    Path reports;

    @Option(names = "--save-reports", paramLabel = "FILE", description = "Write the reports analysed to FILE.")
    Path saveReports;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "5",
            description = "Show up to N missed and N spurious fillers per role. Default: ${DEFAULT-VALUE}.")
    int errors;

    @Option(names = "--min-f1", paramLabel = "X", defaultValue = "0",
            description = "Fail (exit 1) when micro F1 is below X (0-100). Default: ${DEFAULT-VALUE}.")
    double minF1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final EngineFactory engines;
    private final ObjectMapper mapper = new ObjectMapper();

    Muc4Command(EngineFactory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Muc4Keys.Message> keys = Muc4Keys.read(data.templates(spec.commandLine()), split.name());
        List<JsonNode> messages = run.first(data.messages(spec.commandLine(), List.of(split.name())));
        Map<String, JsonNode> saved = reports == null ? Map.of() : saved(reports);
        Analyzer analyzer = reports == null ? Analyzer.withBundledData(run.engine(engines, err)) : null;
        BufferedWriter save = saveReports == null ? null
                : Files.newBufferedWriter(saveReports, StandardCharsets.UTF_8);
        Scores scores = new Scores();
        ReportJson json = new ReportJson();
        Progress progress = new Progress(err, "muc4", messages.size());
        for (JsonNode m : messages) {
            String id = m.path("id").asText();
            JsonNode report;
            if (analyzer != null) {
                Article article = Muc4Data.article(m);
                report = json.toJson(analyzer.analyze(article));
                if (save != null) {
                    save.write(report.toString());
                    save.write('\n');
                }
            } else {
                report = saved.get(id);
                if (report == null) {
                    progress.message("no saved report for " + id + "; it counts as empty");
                    report = mapper.createObjectNode();
                }
            }
            scores.add(keys.get(id), report);
            progress.tick();
        }
        progress.done();
        if (save != null) {
            save.close();
            err.println("Reports written to " + saveReports);
        }
        scores.print(out, split.name(), messages.size(), errors);
        out.flush();
        double f1 = scores.microF1() * 100;
        if (f1 < minF1) {
            err.printf("threshold missed: micro F1 %.2f < %.2f%n", f1, minF1);
            return 1;
        }
        return 0;
    }

    private Map<String, JsonNode> saved(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--reports '" + file + "' is not a file");
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode n = mapper.readTree(line);
                byId.put(n.path("article").path("id").asText(), n);
            }
        }
        return byId;
    }

    /** Accepts dev, tst1 and tst2 in any case. */
    static final class SplitConverter implements CommandLine.ITypeConverter<Split> {
        @Override
        public Split convert(String value) {
            try {
                return Split.valueOf(value.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a split; use dev, tst1 or tst2");
            }
        }
    }

    /** Counts over all messages of a split. */
    private static final class Scores {
        final Map<Muc4Role, int[]> counts = new EnumMap<>(Muc4Role.class);
        final Map<Muc4Role, List<String>> missed = new EnumMap<>(Muc4Role.class);
        final Map<Muc4Role, List<String>> spurious = new EnumMap<>(Muc4Role.class);
        int goldTemplates;
        int typesFound;
        int irrelevantMessages;
        int irrelevantWithIncident;
        int confidencePairs;
        int confidenceRight;

        Scores() {
            for (Muc4Role role : Muc4Role.values()) {
                counts.put(role, new int[3]);
                missed.put(role, new ArrayList<>());
                spurious.put(role, new ArrayList<>());
            }
        }

        void add(Muc4Keys.Message key, JsonNode report) {
            Map<Muc4Role, List<String>> predicted = Muc4Fills.of(report.path("incidents"));
            List<JsonNode> incidents = new ArrayList<>();
            report.path("incidents").forEach(i -> {
                if (i.path("muc4_type").isTextual()) {
                    incidents.add(i);
                }
            });
            String id = report.path("article").path("id").asText();
            if (key == null || key.templates().isEmpty()) {
                irrelevantMessages++;
                if (!incidents.isEmpty()) {
                    irrelevantWithIncident++;
                }
            }
            for (Muc4Role role : Muc4Role.values()) {
                List<Set<String>> gold = key == null ? List.of() : key.entities().get(role);
                List<String> guesses = predicted.get(role);
                int matched = CeafRee.matched(gold, guesses);
                int[] c = counts.get(role);
                c[0] += gold.size();
                c[1] += guesses.size();
                c[2] += matched;
                for (Set<String> g : gold) {
                    if (guesses.stream().noneMatch(g::contains)) {
                        missed.get(role).add(id + ": " + String.join(" / ", g));
                    }
                }
                for (String p : guesses) {
                    if (gold.stream().noneMatch(g -> g.contains(p))) {
                        spurious.get(role).add(id + ": " + p);
                    }
                }
            }
            if (key != null) {
                for (Muc4Keys.Template t : key.templates()) {
                    goldTemplates++;
                    boolean found = incidents.stream().anyMatch(i -> t.type().contains(i.path("muc4_type").asText()));
                    if (found) {
                        typesFound++;
                    }
                    confidences(t, incidents);
                }
            }
        }

        private void confidences(Muc4Keys.Template t, List<JsonNode> incidents) {
            for (Map.Entry<String, String> gold : t.orgConfidence().entrySet()) {
                for (JsonNode i : incidents) {
                    for (JsonNode p : i.path("perpetrators")) {
                        if (!"INDIVIDUAL".equals(p.path("kind").asText())
                                && Muc4Keys.normalise(p.path("text").asText()).equals(gold.getKey())) {
                            confidencePairs++;
                            if (agrees(gold.getValue(), p.path("status").asText())) {
                                confidenceRight++;
                            }
                        }
                    }
                }
            }
        }

        /** The mapping of DESIGN.md from MUC-4 perpetrator confidence to evidential status. */
        private static boolean agrees(String confidence, String status) {
            return (confidence.contains("REPORTED AS FACT") && (status.equals("ASSERTED") || status.equals("REPORTED")))
                    || (confidence.contains("CLAIMED OR ADMITTED") && status.equals("CLAIMED"))
                    || (confidence.contains("SUSPECTED OR ACCUSED") && status.equals("ALLEGED"))
                    || (confidence.contains("POSSIBLE") && status.equals("SPECULATED"));
        }

        double microF1() {
            int gold = 0;
            int predicted = 0;
            int matched = 0;
            for (int[] c : counts.values()) {
                gold += c[0];
                predicted += c[1];
                matched += c[2];
            }
            return GoldScore.f1(GoldScore.ratio(matched, predicted), GoldScore.ratio(matched, gold));
        }

        void print(PrintWriter out, String split, int messages, int examples) {
            out.printf("eval muc4 --split %s: %d message(s), CEAF-REE (strings normalised: lower case, no punctuation,"
                    + " no a/an/the)%n%n", split, messages);
            out.printf("  %-8s %6s %10s %8s %10s %8s %8s%n", "role", "gold", "predicted", "matched", "precision",
                    "recall", "F1");
            int gold = 0;
            int predicted = 0;
            int matched = 0;
            for (Muc4Role role : Muc4Role.values()) {
                int[] c = counts.get(role);
                row(out, role.label, c[0], c[1], c[2]);
                gold += c[0];
                predicted += c[1];
                matched += c[2];
            }
            row(out, "micro", gold, predicted, matched);
            out.printf("%n  incident types: %d of %d key templates have a predicted incident of their type (%.1f%%)%n",
                    typesFound, goldTemplates, 100.0 * GoldScore.ratio(typesFound, goldTemplates));
            out.printf("  irrelevant messages: %d, of which %d with a predicted MUC-4 incident%n", irrelevantMessages,
                    irrelevantWithIncident);
            out.printf("  perpetrator confidence: %d of %d matched organizations agree (%.1f%%)%n", confidenceRight,
                    confidencePairs, 100.0 * GoldScore.ratio(confidenceRight, confidencePairs));
            if (examples > 0) {
                for (Muc4Role role : Muc4Role.values()) {
                    out.printf("%n  %s missed (%d):%n", role.label, missed.get(role).size());
                    missed.get(role).stream().limit(examples).forEach(m -> out.println("    " + m));
                    out.printf("  %s spurious (%d):%n", role.label, spurious.get(role).size());
                    spurious.get(role).stream().limit(examples).forEach(m -> out.println("    " + m));
                }
            }
        }

        private static void row(PrintWriter out, String label, int gold, int predicted, int matched) {
            double p = GoldScore.ratio(matched, predicted);
            double r = GoldScore.ratio(matched, gold);
            out.printf("  %-8s %6d %10d %8d %10.2f %8.2f %8.2f%n", label, gold, predicted, matched, 100 * p, 100 * r,
                    100 * GoldScore.f1(p, r));
        }
    }
}
