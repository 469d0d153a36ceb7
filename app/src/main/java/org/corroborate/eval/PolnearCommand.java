package org.corroborate.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.article.Article;
import org.corroborate.cli.CorpusRunOptions;
import org.corroborate.cli.EngineFactory;
import org.corroborate.cli.EvaluationData;
import org.corroborate.cli.Progress;
import org.corroborate.eval.Polnear.Attribution;
import org.corroborate.pipeline.Analyzer;
import org.corroborate.report.ArticleReport;
import org.corroborate.report.Span;
import org.corroborate.statement.Statement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corroborate eval polnear}: attribution source, cue and content spans against PolNeAR. */
@Command(name = "polnear", mixinStandardHelpOptions = true,
        description = {"Analyses the articles of a PolNeAR split and scores the attributions of its statements (source,"
                + " cue and content spans) against the corpus's annotation, exact and by overlap, beside a baseline "
                + "that takes every 'said', 'says', 'told' and 'according to' as a cue, the word next to it as the "
                + "source and its sentence as the content.",
                "Gold: one annotation per article; for the articles several annotators read, the one with the most "
                        + "attributions."},
        footer = {"", "Examples:", "  corroborate eval polnear", "  corroborate eval polnear --nlp-cache /tmp/polnear"})
public final class PolnearCommand implements Callable<Integer> {

    /** The three parts of an attribution. */
    enum Part { SOURCE, CUE, CONTENT }

    /** The PolNeAR splits kept in the evaluation data. */
    enum Split { dev, test }

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "dev",
            description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Split split;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/polnear-attribution",
            description = "The PolNeAR folder (with dev/, test/ and metadata.tsv). Default: ${DEFAULT-VALUE}.")
    Path data;

    @CommandLine.Mixin
    CorpusRunOptions run;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "Show up to N missed and N spurious cues. Default: ${DEFAULT-VALUE}.")
    int errors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final EngineFactory engines;

    PolnearCommand(EngineFactory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = EvaluationData.require(spec.commandLine(), data.resolve(split.name()), "PolNeAR " + split + " split",
                "pass --data DIR");
        List<Polnear.Article> articles = run.first(Polnear.read(folder, data.resolve("metadata.tsv")));
        Analyzer analyzer = Analyzer.withBundledData(run.engine(engines, err));
        Scores ours = new Scores();
        Scores baseline = new Scores();
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        int multiply = 0;
        Progress progress = new Progress(err, "polnear", articles.size());
        for (Polnear.Article a : articles) {
            if (a.annotations() > 1) {
                multiply++;
            }
            ArticleReport report = analyzer.analyze(new Article(a.name(), a.text(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), a.published(), Optional.of("en"), a.name()));
            List<Attribution> predicted = attributions(report);
            ours.add(a.gold(), predicted);
            baseline.add(a.gold(), SayBaseline.attributions(a.text()));
            examples(a, predicted, missed, spurious);
            progress.tick();
        }
        progress.done();
        out.printf("eval polnear --split %s: %d article(s), %d gold attribution(s); gold for the %d article(s) read by "
                        + "several annotators: the annotation with the most attributions%n%n", split, articles.size(),
                ours.counts.get(Part.CUE)[0], multiply);
        out.printf("  %-9s %-12s %6s %9s | %8s %8s %8s | %8s %8s %8s%n", "part", "system", "gold", "predicted",
                "exact P", "R", "F1", "overlap P", "R", "F1");
        for (Part part : Part.values()) {
            ours.print(out, part, "corroborate");
            baseline.print(out, part, "baseline");
        }
        if (errors > 0) {
            out.printf("%n  cues missed (%d):%n", missed.size());
            missed.stream().limit(errors).forEach(m -> out.println("    " + m));
            out.printf("  cues spurious (%d):%n", spurious.size());
            spurious.stream().limit(errors).forEach(m -> out.println("    " + m));
        }
        out.flush();
        return 0;
    }

    /** The attributions a report makes: its statements that have both a source and a cue. */
    static List<Attribution> attributions(ArticleReport report) {
        List<Attribution> list = new ArrayList<>();
        for (Statement s : report.statements()) {
            if (s.source().isEmpty() || s.cue().isEmpty()) {
                continue;
            }
            Optional<Span> source = s.source().get().span();
            Span cue = s.cue().get();
            list.add(new Attribution(source, cue, content(report.article().text(), s.span(), cue, source)));
        }
        return list;
    }

    /**
     * What a statement attributes: its span without the cue and source when they lie inside it ("X, sources said":
     * X), the longer side when there is text on both.
     */
    static Optional<Span> content(String text, Span span, Span cue, Optional<Span> source) {
        int attributionStart = Math.min(cue.start(), source.map(Span::start).orElse(cue.start()));
        int attributionEnd = Math.max(cue.end(), source.map(Span::end).orElse(cue.end()));
        if (attributionEnd <= span.start() || attributionStart >= span.end()) {
            return Optional.of(span);
        }
        Optional<Span> before = trimmed(text, span.start(), Math.max(span.start(), attributionStart));
        Optional<Span> after = trimmed(text, Math.min(span.end(), attributionEnd), span.end());
        if (before.isPresent() && after.isPresent()) {
            Span b = before.get();
            Span a = after.get();
            return Optional.of(b.end() - b.start() >= a.end() - a.start() ? b : a);
        }
        return before.or(() -> after);
    }

    /** {@code [start, end)} without spaces, commas and a final full stop at its edges; empty when nothing is left. */
    private static Optional<Span> trimmed(String text, int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == ',')) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",.".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end - start >= 3 ? Optional.of(Span.of(text, start, end)) : Optional.empty();
    }

    private static void examples(Polnear.Article a, List<Attribution> predicted, List<String> missed,
                                 List<String> spurious) {
        for (Attribution g : a.gold()) {
            if (predicted.stream().noneMatch(p -> p.cue().overlaps(g.cue()))) {
                missed.add(a.name() + ": '" + g.cue().text() + "' in " + context(a.text(), g.cue()));
            }
        }
        for (Attribution p : predicted) {
            if (a.gold().stream().noneMatch(g -> g.cue().overlaps(p.cue()))) {
                spurious.add(a.name() + ": '" + p.cue().text() + "' in " + context(a.text(), p.cue()));
            }
        }
    }

    private static String context(String text, Span e) {
        String s = text.substring(Math.max(0, e.start() - 60), Math.min(text.length(), e.end() + 60));
        return "\"..." + s.replaceAll("\\s+", " ") + "...\"";
    }

    /** Exact and overlap counts per part, summed over articles. */
    static final class Scores {
        /** Per part: gold, predicted, exact matches, overlap matches. */
        final Map<Part, int[]> counts = new EnumMap<>(Part.class);

        Scores() {
            for (Part p : Part.values()) {
                counts.put(p, new int[4]);
            }
        }

        void add(List<Attribution> goldList, List<Attribution> predicted) {
            add(Part.SOURCE, goldList, predicted, Attribution::source);
            add(Part.CUE, goldList, predicted, a -> Optional.of(a.cue()));
            add(Part.CONTENT, goldList, predicted, Attribution::content);
        }

        private void add(Part part, List<Attribution> goldList, List<Attribution> predicted,
                         Function<Attribution, Optional<Span>> get) {
            List<Span> g = goldList.stream().map(get).flatMap(Optional::stream).toList();
            List<Span> p = predicted.stream().map(get).flatMap(Optional::stream).distinct().toList();
            int[] c = counts.get(part);
            c[0] += g.size();
            c[1] += p.size();
            c[2] += Alignment.size(g.size(), p.size(), (i, j) -> g.get(i).equals(p.get(j)));
            c[3] += Alignment.size(g.size(), p.size(), (i, j) -> g.get(i).overlaps(p.get(j)));
        }

        double f1(Part part, boolean exact) {
            int[] c = counts.get(part);
            int matched = exact ? c[2] : c[3];
            return GoldScore.f1(GoldScore.ratio(matched, c[1]), GoldScore.ratio(matched, c[0]));
        }

        void print(PrintWriter out, Part part, String system) {
            int[] c = counts.get(part);
            double ep = GoldScore.ratio(c[2], c[1]);
            double er = GoldScore.ratio(c[2], c[0]);
            double op = GoldScore.ratio(c[3], c[1]);
            double or = GoldScore.ratio(c[3], c[0]);
            out.printf("  %-9s %-12s %6d %9d | %8.1f %8.1f %8.1f | %8.1f %8.1f %8.1f%n",
                    part.name().toLowerCase(Locale.ROOT), system, c[0], c[1], 100 * ep, 100 * er,
                    100 * GoldScore.f1(ep, er), 100 * op, 100 * or, 100 * GoldScore.f1(op, or));
        }
    }

    /**
     * The trivial baseline: every "said", "says", "say", "told", "tells" or "according to" is a cue; the word before
     * it (after "according to") is the source; its sentence is the content.
     */
    static final class SayBaseline {
        private static final Pattern CUE = Pattern.compile("\\b(said|says|say|told|tells|according to)\\b",
                Pattern.CASE_INSENSITIVE);
        private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");
        private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]*(\\s+|$)|\\n\\s*\\n");

        private SayBaseline() {
        }

        static List<Attribution> attributions(String text) {
            List<Attribution> list = new ArrayList<>();
            Matcher m = CUE.matcher(text);
            while (m.find()) {
                Span cue = Span.of(text, m.start(), m.end());
                Span sentence = sentence(text, m.start());
                Optional<Span> source = m.group(1).toLowerCase(Locale.ROOT).startsWith("according")
                        ? wordAfter(text, m.end(), sentence.end()) : wordBefore(text, m.start(), sentence.start());
                list.add(new Attribution(source, cue, Optional.of(sentence)));
            }
            return list;
        }

        private static Span sentence(String text, int at) {
            int start = 0;
            Matcher end = SENTENCE_END.matcher(text);
            while (end.find()) {
                if (end.end() <= at) {
                    start = end.end();
                } else {
                    return Span.of(text, start, end.start() + 1);
                }
            }
            return Span.of(text, start, text.length());
        }

        private static Optional<Span> wordAfter(String text, int from, int limit) {
            Matcher w = WORD.matcher(text).region(from, limit);
            return w.find() ? Optional.of(Span.of(text, w.start(), w.end())) : Optional.empty();
        }

        private static Optional<Span> wordBefore(String text, int before, int limit) {
            Matcher w = WORD.matcher(text).region(limit, before);
            Span last = null;
            while (w.find()) {
                last = Span.of(text, w.start(), w.end());
            }
            return Optional.ofNullable(last);
        }
    }
}
