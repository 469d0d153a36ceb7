package org.corroborate.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.corroborate.cli.CorpusRunOptions;
import org.corroborate.cli.EngineFactory;
import org.corroborate.cli.EvaluationData;
import org.corroborate.cli.Progress;
import org.corroborate.pipeline.Analyzer;
import org.corroborate.report.Polarity;
import org.corroborate.report.Status;
import org.corroborate.statement.Judgement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corroborate eval meantime}: event factuality (certainty and polarity) against MEANTIME English. */
@Command(name = "meantime", mixinStandardHelpOptions = true,
        description = {"Analyses the MEANTIME English documents and scores the factuality of every annotated event "
                + "mention: certainty (CERTAIN, PROBABLE, POSSIBLE, UNDERSPECIFIED) and polarity (POS, NEG, "
                + "UNDERSPECIFIED), as accuracy and macro-F1 beside the majority class.",
                "Certainty comes from the doubt over the event's word: the narrowest hedge whose cue governs it in "
                        + "the parse, whoever voices it (\"the ministry said the deal could collapse\": POSSIBLE). "
                        + "No doubt is CERTAIN; a condition ('if', 'unless', 'whether') or an OPINION ('should', "
                        + "'must') is UNDERSPECIFIED; 'likely', 'probably', 'expect' are PROBABLE; any other hedge "
                        + "(SPECULATED, ALLEGED, RUMOURED) is POSSIBLE. Polarity is NEG for a negated word, "
                        + "UNDERSPECIFIED inside a condition, POS otherwise."},
        footer = {"", "Examples:", "  corroborate eval meantime", "  corroborate eval meantime --nlp-cache /tmp/meantime"})
public final class MeantimeCommand implements Callable<Integer> {

    private static final Set<String> PROBABLE_CUES = Set.of("likely", "probably", "expect", "expected", "expects");
    /** MEANTIME leaves the certainty of the content of a condition unspecified. */
    private static final Set<String> CONDITIONAL_CUES = Set.of("if", "unless", "whether");

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/meantime-en",
            description = "The MEANTIME English folder (with intra_cross-doc_annotation/). Default: ${DEFAULT-VALUE}.")
    Path data;

    @CommandLine.Mixin
    CorpusRunOptions run;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "Show up to N events whose certainty or polarity is wrong. Default: ${DEFAULT-VALUE}.")
    int errors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final EngineFactory engines;

    MeantimeCommand(EngineFactory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = EvaluationData.require(spec.commandLine(), data.resolve("intra_cross-doc_annotation"),
                "MEANTIME English annotation", "pass --data DIR");
        List<Meantime.Doc> docs = run.first(Meantime.read(folder));
        Analyzer analyzer = Analyzer.withBundledData(run.engine(engines, err));
        Labels certainty = new Labels();
        Labels polarity = new Labels();
        List<String> wrong = new ArrayList<>();
        Progress progress = new Progress(err, "meantime", docs.size());
        int events = 0;
        for (Meantime.Doc doc : docs) {
            IntFunction<Optional<Judgement>> judge = analyzer.judge(doc.text(), doc.created());
            for (Meantime.Event e : doc.events()) {
                Optional<Judgement> j = judge.apply(e.start());
                String c = j.map(MeantimeCommand::certainty).orElse("CERTAIN");
                String p = j.map(MeantimeCommand::polarity).orElse("POS");
                if (!e.certainty().isEmpty()) {
                    certainty.add(e.certainty(), c);
                }
                if (!e.polarity().isEmpty()) {
                    polarity.add(e.polarity(), p);
                }
                events++;
                if (!c.equals(e.certainty()) || !p.equals(e.polarity())) {
                    wrong.add(String.format("%s: '%s' gold %s/%s, predicted %s/%s in \"%s\"", e.document(), e.word(),
                            e.certainty(), e.polarity(), c, p, line(doc.text(), e.start())));
                }
            }
            progress.tick();
        }
        progress.done();
        out.printf("eval meantime: %d document(s), %d event mention(s) with a factuality annotation%n%n", docs.size(),
                events);
        out.printf("  %-10s %-22s %9s %9s%n", "attribute", "system", "accuracy", "macro-F1");
        certainty.print(out, "certainty");
        polarity.print(out, "polarity");
        if (errors > 0) {
            out.printf("%n  wrong (%d):%n", wrong.size());
            wrong.stream().limit(errors).forEach(w -> out.println("    " + w));
        }
        out.flush();
        return 0;
    }

    static String certainty(Judgement j) {
        if (j.doubt().isEmpty()) {
            return "CERTAIN";
        }
        List<String> words = doubtWords(j);
        if (j.doubt().get().status() == Status.OPINION || words.stream().anyMatch(CONDITIONAL_CUES::contains)) {
            return "UNDERSPECIFIED";
        }
        return words.stream().anyMatch(PROBABLE_CUES::contains) ? "PROBABLE" : "POSSIBLE";
    }

    /** NEG when negated; UNDERSPECIFIED inside a condition ("whether he decided to leave"); else POS. */
    static String polarity(Judgement j) {
        if (doubtWords(j).stream().anyMatch(CONDITIONAL_CUES::contains)) {
            return "UNDERSPECIFIED";
        }
        return j.polarity() == Polarity.NEGATIVE ? "NEG" : "POS";
    }

    private static List<String> doubtWords(Judgement j) {
        return j.doubt().map(d -> List.of(d.cue().text().toLowerCase(Locale.ROOT).split("\\s+"))).orElse(List.of());
    }

    private static String line(String text, int at) {
        int from = text.lastIndexOf('\n', at) + 1;
        int to = text.indexOf('\n', at);
        String s = text.substring(from, to < 0 ? text.length() : to);
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }

    /** Gold and predicted labels of one attribute, with the majority-class baseline beside. */
    static final class Labels {
        private final List<String> gold = new ArrayList<>();
        private final List<String> predicted = new ArrayList<>();

        void add(String goldLabel, String predictedLabel) {
            gold.add(goldLabel);
            predicted.add(predictedLabel);
        }

        String majority() {
            Map<String, Integer> counts = new TreeMap<>();
            gold.forEach(g -> counts.merge(g, 1, Integer::sum));
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        }

        static double accuracy(List<String> gold, List<String> predicted) {
            int right = 0;
            for (int i = 0; i < gold.size(); i++) {
                if (gold.get(i).equals(predicted.get(i))) {
                    right++;
                }
            }
            return GoldScore.ratio(right, gold.size());
        }

        /** The mean F1 over the classes that occur in the gold. */
        static double macroF1(List<String> gold, List<String> predicted) {
            Map<String, Double> perClass = classF1(gold, predicted);
            return perClass.isEmpty() ? 0
                    : perClass.values().stream().mapToDouble(Double::doubleValue).sum() / perClass.size();
        }

        /** F1 of each class that occurs in the gold, by class name. */
        static Map<String, Double> classF1(List<String> gold, List<String> predicted) {
            Map<String, Double> perClass = new TreeMap<>();
            for (String c : new TreeSet<>(gold)) {
                int tp = 0;
                int fp = 0;
                int fn = 0;
                for (int i = 0; i < gold.size(); i++) {
                    boolean g = gold.get(i).equals(c);
                    boolean p = predicted.get(i).equals(c);
                    tp += g && p ? 1 : 0;
                    fp += !g && p ? 1 : 0;
                    fn += g && !p ? 1 : 0;
                }
                perClass.put(c, GoldScore.f1(GoldScore.ratio(tp, tp + fp), GoldScore.ratio(tp, tp + fn)));
            }
            return perClass;
        }

        void print(PrintWriter out, String attribute) {
            String majority = majority();
            List<String> baseline = Collections.nCopies(gold.size(), majority);
            out.printf("  %-10s %-22s %8.1f%% %9.3f%n", attribute, "corroborate", 100 * accuracy(gold, predicted),
                    macroF1(gold, predicted));
            out.printf("  %-10s %-22s %8.1f%% %9.3f%n", "", "majority (" + majority + ")",
                    100 * accuracy(gold, baseline), macroF1(gold, baseline));
            StringBuilder perClass = new StringBuilder();
            classF1(gold, predicted).forEach((c, f1) -> perClass.append(String.format(" %s %.3f (%d),", c, f1,
                    Collections.frequency(gold, c))));
            out.printf("  %-10s F1 per class (gold count):%s%n", "", perClass.substring(0, perClass.length() - 1));
        }
    }
}
