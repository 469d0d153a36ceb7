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
import org.corroborate.statement.Judgement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corroborate eval meantime}: event factuality (certainty and polarity) against MEANTIME English. */
@Command(name = "meantime", mixinStandardHelpOptions = true,
        description = {"Analyses the MEANTIME English documents and scores the factuality of every annotated event "
                + "mention: certainty (CERTAIN, PROBABLE, POSSIBLE, UNDERSPECIFIED) and polarity (POS, NEG, "
                + "UNDERSPECIFIED), as accuracy and macro-F1 beside the majority class.",
                "Mapping from the status of the event's word: ASSERTED, REPORTED, CLAIMED and DENIED are CERTAIN; "
                        + "SPECULATED, ALLEGED and RUMOURED are POSSIBLE, or PROBABLE when the cue is 'likely', "
                        + "'probably' or 'expect'; OPINION ('should', 'must') is UNDERSPECIFIED. A negated word is NEG, "
                        + "any other POS."},
        footer = {"", "Examples:", "  corroborate eval meantime", "  corroborate eval meantime --nlp-cache /tmp/meantime"})
public final class MeantimeCommand implements Callable<Integer> {

    private static final Set<String> PROBABLE_CUES = Set.of("likely", "probably", "expect", "expected", "expects");

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
                String p = j.map(x -> x.polarity() == Polarity.NEGATIVE ? "NEG" : "POS").orElse("POS");
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
        return switch (j.status()) {
            case ASSERTED, REPORTED, CLAIMED, DENIED -> "CERTAIN";
            case OPINION -> "UNDERSPECIFIED";
            case SPECULATED, ALLEGED, RUMOURED -> j.cue().map(c -> c.text().toLowerCase(Locale.ROOT).split("\\s+"))
                    .filter(words -> List.of(words).stream().anyMatch(PROBABLE_CUES::contains))
                    .isPresent() ? "PROBABLE" : "POSSIBLE";
        };
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
            Set<String> classes = new TreeSet<>(gold);
            double sum = 0;
            for (String c : classes) {
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
                sum += GoldScore.f1(GoldScore.ratio(tp, tp + fp), GoldScore.ratio(tp, tp + fn));
            }
            return classes.isEmpty() ? 0 : sum / classes.size();
        }

        void print(PrintWriter out, String attribute) {
            String majority = majority();
            List<String> baseline = Collections.nCopies(gold.size(), majority);
            out.printf("  %-10s %-22s %8.1f%% %9.3f%n", attribute, "corroborate", 100 * accuracy(gold, predicted),
                    macroF1(gold, predicted));
            out.printf("  %-10s %-22s %8.1f%% %9.3f%n", "", "majority (" + majority + ")",
                    100 * accuracy(gold, baseline), macroF1(gold, baseline));
        }
    }
}
