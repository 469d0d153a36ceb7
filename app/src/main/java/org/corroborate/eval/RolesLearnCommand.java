package org.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.corroborate.article.Article;
import org.corroborate.cli.CorpusRunOptions;
import org.corroborate.cli.EngineFactory;
import org.corroborate.cli.Progress;
import org.corroborate.incident.MentionRole;
import org.corroborate.incident.RoleCandidate;
import org.corroborate.incident.RoleModel;
import org.corroborate.incident.Weapon;
import org.corroborate.pipeline.Analyzer;
import org.corroborate.report.ArticleReport;
import org.corroborate.report.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code corroborate learn roles}: trains the model that tells which named people and organizations of an article
 * are victims and perpetrators, from the MUC-4 DEV texts and answer keys.
 */
@Command(name = "roles", mixinStandardHelpOptions = true,
        description = {"Trains the incident role model on the MUC-4 DEV texts and answer keys: every person and "
                + "organization mention, every noun for people outside a mention and every target and weapon noun "
                + "the analysis finds is labelled with the role whose key names it (HUM TGT: NAME -> victim, PERP: "
                + "ORGANIZATION ID -> perpetrator organization, PERP: INDIVIDUAL ID -> perpetrator individual, PHYS "
                + "TGT: ID -> target, INCIDENT: INSTRUMENT ID -> weapon, else other), and one-against-rest logistic "
                + "regression (liblinear) learns the role from the candidate's features (words around it, its "
                + "grammatical relation and governor, the incident words of its sentence, its attribution, how often "
                + "the article names it, a noun's lemma).",
                "The threshold of each role (from which the model adds a candidate), its floor (below which "
                        + "the model drops what the rules found) and its fallback (from which the likeliest candidate "
                        + "of a document is added when nothing else fills the role there) are the ones with the best "
                        + "CEAF-REE F1 of rules and model together in a " + LinearTrainer.FOLDS + "-fold "
                        + "cross-validation over DEV documents, averaged over the given split and "
                        + "--selection-splits shuffled ones; the command prints them beside the rules alone.",
                "The result is shipped as core/src/main/resources" + RoleModel.RESOURCE
                        + "; run this from the repository root to regenerate it."},
        footer = {"", "Example:", "  corroborate learn roles --nlp-cache target/nlp-dev"})
public final class RolesLearnCommand implements Callable<Integer> {

    private static final MentionRole[] ROLES = MentionRole.values();

    @CommandLine.Mixin
    Muc4Data data;

    @Mixin
    CorpusRunOptions run;

    @Mixin
    FoldOptions folds;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "core/src/main/resources" + RoleModel.RESOURCE,
            description = "Where to write the model. Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = "--selection-splits", paramLabel = "N", defaultValue = "3",
            description = "Also cross-validate on N shuffled splits (seeds 1 to N, besides the split given) and choose "
                    + "each role's threshold, floor and fallback by their mean F1 over all of them: on one split the "
                    + "F1 curve is flat and its peak moves with changes that mean nothing. 0 chooses on the given "
                    + "split alone. Default: ${DEFAULT-VALUE}.")
    int selectionSplits;

    @Option(names = "--cost", paramLabel = "C", defaultValue = "0.5",
            description = "liblinear's cost C: lower is more regularised. Default: ${DEFAULT-VALUE}.")
    double cost;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "2",
            description = "Keep features seen in at least N mentions. Default: ${DEFAULT-VALUE}.")
    int minCount;

    @Option(names = "--candidates", paramLabel = "FILE",
            description = "Also write every candidate to FILE (tab-separated: message, sentence, text as scored, "
                    + "label from the keys, the roles it may play, then its out-of-fold probability per role), to "
                    + "see which key strings no candidate reaches and which candidates the model ranks wrong.")
    Path candidatesFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final EngineFactory engines;

    RolesLearnCommand(EngineFactory engines) {
        this.engines = engines;
    }

    /** One labelled mention, and the document it is in (for folds and for scoring per document). */
    private record Example(int document, String message, int sentence, String text, String perpetratorText,
                           List<String> features, MentionRole role, List<MentionRole> roles) {

        /** The normalised text {@code role} would be filled with. */
        String text(MentionRole role) {
            return role == MentionRole.PERPETRATOR_INDIVIDUAL ? perpetratorText : text;
        }
    }

    @Override
    public Integer call() throws IOException {
        FoldSplit split = folds.split(spec.commandLine());
        if (selectionSplits < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--selection-splits " + selectionSplits
                    + " is negative; give 0 (choose on the given split alone) or more");
        }
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Muc4Keys.Message> keys = Muc4Keys.read(data.templates(spec.commandLine()), "dev");
        List<JsonNode> messages = run.first(data.messages(spec.commandLine(), List.of("dev")));
        // The thresholds are chosen for the rules and the model together, so the rules run alone beside it.
        Analyzer analyzer = Analyzer.rulesOnly(run.engine(engines, err));
        ReportJson json = new ReportJson();
        List<Example> examples = new ArrayList<>();
        // Per document and role, the gold entities (each its set of alternatives), for the cross-validated F1.
        List<Map<Muc4Role, List<Set<String>>>> gold = new ArrayList<>();
        // Per document, what the rules fill each role with; null when the rules find no MUC-4 incident.
        List<RuleFills> rules = new ArrayList<>();
        Progress progress = new Progress(err, "learn roles", messages.size());
        for (JsonNode m : messages) {
            Muc4Keys.Message key = keys.get(m.path("id").asText());
            Map<Muc4Role, List<Set<String>>> entities = Muc4Keys.entities(key);
            int document = gold.size();
            gold.add(entities);
            Article article = Muc4Data.article(m);
            ArticleReport report = analyzer.analyze(article);
            boolean muc4 = report.incidents().stream().anyMatch(i -> i.coding().muc4Type().isPresent());
            rules.add(muc4 ? RuleFills.of(report, json) : null);
            for (RoleCandidate c : analyzer.roleCandidates(article)) {
                examples.add(new Example(document, article.id(), c.sentence(), Muc4Keys.normalise(c.text()),
                        Muc4Keys.normalise(c.perpetratorText()), c.features(), label(c, entities), c.roles()));
            }
            progress.tick();
        }
        progress.done();

        List<LinearTrainer.Example> labelled = examples.stream()
                .map(e -> new LinearTrainer.Example(e.document(), e.features(), e.role().ordinal())).toList();
        LinearTrainer trainer = new LinearTrainer(labelled, ROLES.length, cost, minCount, split);
        double[][] outOfFold = trainer.crossValidated(labelled);
        // The settings are chosen on the given split and on shuffled ones: each split's out-of-fold probabilities.
        List<double[][]> selection = new ArrayList<>();
        selection.add(outOfFold);
        for (long seed = 1; selection.size() <= selectionSplits; seed++) {
            FoldSplit other = new FoldSplit(FoldSplit.Kind.shuffled, seed);
            if (!other.equals(split)) {
                err.printf("learn roles: cross-validating on %s, for choosing the settings%n", other.describe());
                err.flush();
                selection.add(new LinearTrainer(labelled, ROLES.length, cost, minCount, other)
                        .crossValidated(labelled));
            }
        }
        if (candidatesFile != null) {
            writeCandidates(examples, outOfFold, candidatesFile);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("learn roles: %d DEV documents, %d mentions, %d features (seen in >= %d mentions), C = %s%n",
                gold.size(), examples.size(), trainer.features(), minCount, cost);
        out.printf("%n  %-26s %8s %9s %6s %8s %6s %6s %6s %14s %7s   (%d-fold cross-validation, %s, CEAF-REE per "
                + "role; mean F1 over it and %d shuffled splits, on which the settings are chosen)%n", "role",
                "mentions", "threshold", "floor", "fallback", "P", "R", "F1", "rules alone F1", "mean F1",
                LinearTrainer.FOLDS, split.describe(), selection.size() - 1);
        double[] thresholds = new double[ROLES.length];
        double[] floors = new double[ROLES.length];
        double[] fallbacks = new double[ROLES.length];
        for (MentionRole role : ROLES) {
            thresholds[role.ordinal()] = 1.0;
            fallbacks[role.ordinal()] = NEVER;
            if (role == MentionRole.OTHER) {
                continue;
            }
            long count = examples.stream().filter(e -> e.role() == role).count();
            double[] best = bestSettings(examples, selection, gold, rules, role);
            double[] alone = scored(examples, outOfFold, gold, rules, role, NEVER, 0, NEVER);
            double[] here = scored(examples, outOfFold, gold, rules, role, best[0], best[1], best[2]);
            thresholds[role.ordinal()] = best[0];
            floors[role.ordinal()] = best[1];
            fallbacks[role.ordinal()] = best[2];
            out.printf("  %-26s %8d %9.2f %6.2f %8s %6.1f %6.1f %6.1f %14.1f %7.1f%n", role, count, best[0], best[1],
                    best[2] >= NEVER ? "-" : String.format(Locale.ROOT, "%.2f", best[2]), here[0] * 100,
                    here[1] * 100, here[2] * 100, alone[2] * 100, best[3] * 100);
        }
        int[] columns = new int[ROLES.length];
        List<String> names = new ArrayList<>();
        for (MentionRole role : ROLES) {
            columns[role.ordinal()] = role.ordinal();
            names.add(role.name().toLowerCase(Locale.ROOT));
        }
        Map<String, double[]> settings = new LinkedHashMap<>();
        settings.put("threshold", thresholds);
        settings.put("floor", floors);
        settings.put("fallback", fallbacks);
        trainer.write(labelled, columns, names, settings, List.of(
                "Generated by 'corroborate learn roles' from the MUC-4 DEV texts and answer keys (" + messages.size()
                        + " documents, " + examples.size() + " mentions); do not edit.",
                "Regenerate: ./corroborate learn roles --cost " + cost + " --min-count " + minCount
                        + split.options() + " --selection-splits " + selectionSplits + " [--nlp-cache DIR]"), output);
        out.println();
        out.println("Model written to " + output);
        out.flush();
        return 0;
    }

    /**
     * What the rules alone fill each role of an article with, and which of their weapons the article tells were used
     * (those the model does not drop), by normalised text.
     */
    private record RuleFills(Map<Muc4Role, List<String>> fills, Set<String> weaponsToldUsed) {

        static RuleFills of(ArticleReport report, ReportJson json) {
            Set<String> used = new HashSet<>();
            report.incidents().stream().filter(i -> i.coding().muc4Type().isPresent())
                    .flatMap(i -> i.weapons().stream()).filter(Weapon::toldUsed)
                    .forEach(w -> used.add(Muc4Keys.normalise(w.text())));
            return new RuleFills(Muc4Fills.of(json.toJson(report).path("incidents")), used);
        }

        /** The fillers of the rules the model may drop from {@code role}. */
        boolean droppable(MentionRole role, String text) {
            return !(role == MentionRole.WEAPON && weaponsToldUsed.contains(text));
        }
    }

    /** Writes the candidates with their labels and out-of-fold probabilities, as {@code --candidates} says. */
    private static void writeCandidates(List<Example> examples, double[][] probabilities, Path file)
            throws IOException {
        List<String> lines = new ArrayList<>(examples.size() + 1);
        StringBuilder header = new StringBuilder("message\tsentence\ttext\tlabel\troles");
        for (MentionRole role : ROLES) {
            header.append('\t').append(role.name().toLowerCase(Locale.ROOT));
        }
        lines.add(header.toString());
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            StringBuilder line = new StringBuilder().append(e.message()).append('\t').append(e.sentence())
                    .append('\t').append(e.text()).append('\t').append(e.role()).append('\t')
                    .append(String.join(",", e.roles().stream().map(MentionRole::name).toList()));
            for (double p : probabilities[i]) {
                line.append('\t').append(String.format(Locale.ROOT, "%.3f", p));
            }
            lines.add(line.toString());
        }
        Files.write(file, lines);
    }

    /** The role of the evaluation a role of the model is scored as; none for OTHER. */
    private static Optional<Muc4Role> scoredAs(MentionRole role) {
        return Optional.ofNullable(switch (role) {
            case VICTIM -> Muc4Role.VICTIM;
            case PERPETRATOR_INDIVIDUAL -> Muc4Role.PERP_IND;
            case PERPETRATOR_ORGANIZATION -> Muc4Role.PERP_ORG;
            case TARGET -> Muc4Role.TARGET;
            case WEAPON -> Muc4Role.WEAPON;
            case OTHER -> null;
        });
    }

    /**
     * The role whose key names the mention, by the text it would be filled with or, for a target, by its whole
     * phrase (the DEV keys, MUC-3's, often keep the nationality that a target's text leaves out: "U.S. embassy"); a
     * victim before a perpetrator when keys name it twice.
     */
    private static MentionRole label(RoleCandidate c, Map<Muc4Role, List<Set<String>>> entities) {
        for (MentionRole role : ROLES) {
            String text = Muc4Keys.normalise(c.text(role));
            String phrase = role == MentionRole.TARGET ? Muc4Keys.normalise(c.span().text()) : text;
            if (scoredAs(role).map(entities::get).orElse(List.of()).stream()
                    .anyMatch(e -> e.contains(text) || e.contains(phrase))) {
                return role;
            }
        }
        return MentionRole.OTHER;
    }

    /** The floors tried: the probabilities below which a filler of the rules is dropped. */
    private static final double[] FLOORS = {0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25};

    /** A threshold or fallback that no probability reaches. */
    private static final double NEVER = 2.0;

    /**
     * The threshold (0.05 to 1 in steps of 0.05), floor and fallback (none, or 0.05 up to the threshold in steps of
     * 0.05) with the best mean F1 for one role over the out-of-fold probabilities of several splits, each scored by
     * {@link #scored}.
     *
     * @return threshold, floor, fallback and the mean F1; threshold 1, floor 0 and no fallback when nothing beats the
     *     rules alone
     */
    private static double[] bestSettings(List<Example> examples, List<double[][]> splits,
                                         List<Map<Muc4Role, List<Set<String>>>> gold,
                                         List<RuleFills> rules, MentionRole role) {
        double[] answer = {1.0, 0, NEVER, meanF1(examples, splits, gold, rules, role, NEVER, 0, NEVER)};
        for (double floor : FLOORS) {
            for (int step = 5; step <= 100; step += 5) {
                double threshold = step / 100.0;
                for (int below = 0; below < step; below += 5) {
                    double fallback = below == 0 ? NEVER : below / 100.0;
                    double f1 = meanF1(examples, splits, gold, rules, role, threshold, floor, fallback);
                    if (f1 > answer[3]) {
                        answer = new double[] {threshold, floor, fallback, f1};
                    }
                }
            }
        }
        return answer;
    }

    private static double meanF1(List<Example> examples, List<double[][]> splits,
                                 List<Map<Muc4Role, List<Set<String>>>> gold, List<RuleFills> rules,
                                 MentionRole role, double threshold, double floor, double fallback) {
        return splits.stream().mapToDouble(p -> scored(examples, p, gold, rules, role, threshold, floor, fallback)[2])
                .average().orElseThrow();
    }

    /** Of the roles an example may be cast in, the likeliest by these probabilities. */
    private static MentionRole likeliest(Example e, double[] probabilities) {
        Map<MentionRole, Double> p = new EnumMap<>(MentionRole.class);
        for (MentionRole role : ROLES) {
            p.put(role, probabilities[role.ordinal()]);
        }
        return RoleModel.likeliest(e.roles(), p);
    }

    /**
     * CEAF-REE precision, recall and F1 for one role as the evaluation scores it: per document, what the rules fill
     * the role with, but the strings whose highest out-of-fold probability for the role is below {@code floor} (as
     * at run time, weapons the article tells were used stay), and the distinct strings whose best out-of-fold
     * probability reaches {@code threshold} (in documents where the rules find a MUC-4 incident to add them to), and
     * when that leaves the role empty, the likeliest string if its probability reaches {@code fallback}; aligned with
     * the key's entities for that role. Only candidates for which the role is the likeliest of those they may be cast
     * in are added.
     */
    private static double[] scored(List<Example> examples, double[][] probabilities,
                                   List<Map<Muc4Role, List<Set<String>>>> gold,
                                   List<RuleFills> rules, MentionRole role, double threshold,
                                   double floor, double fallback) {
        Muc4Role scored = scoredAs(role).orElseThrow();
        // Per document, each distinct string's highest probability: among candidates whose likeliest role it is
        // (to add), and among all that may play it (to drop).
        List<Map<String, Double>> best = new ArrayList<>();
        List<Map<String, Double>> any = new ArrayList<>();
        for (int d = 0; d < gold.size(); d++) {
            best.add(new HashMap<>());
            any.add(new HashMap<>());
        }
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            if (!e.roles().contains(role) || rules.get(e.document()) == null) {
                continue;
            }
            double p = probabilities[i][role.ordinal()];
            any.get(e.document()).merge(e.text(role), p, Math::max);
            if (likeliest(e, probabilities[i]) == role) {
                best.get(e.document()).merge(e.text(role), p, Math::max);
            }
        }
        int goldTotal = 0;
        int predicted = 0;
        int matched = 0;
        for (int d = 0; d < gold.size(); d++) {
            RuleFills ruled = rules.get(d);
            List<String> fills = new ArrayList<>(ruled == null ? List.of() : ruled.fills().get(scored));
            Map<String, Double> likelihood = any.get(d);
            fills.removeIf(f -> ruled.droppable(role, f) && likelihood.containsKey(f) && likelihood.get(f) < floor);
            for (Map.Entry<String, Double> s : best.get(d).entrySet()) {
                if (s.getValue() >= threshold && !fills.contains(s.getKey())) {
                    fills.add(s.getKey());
                }
            }
            if (fills.isEmpty()) {
                best.get(d).entrySet().stream().max(Map.Entry.comparingByValue())
                        .filter(s -> s.getValue() >= fallback).ifPresent(s -> fills.add(s.getKey()));
            }
            goldTotal += gold.get(d).get(scored).size();
            predicted += fills.size();
            matched += CeafRee.matched(gold.get(d).get(scored), fills);
        }
        double p = GoldScore.ratio(matched, predicted);
        double r = GoldScore.ratio(matched, goldTotal);
        return new double[] {p, r, GoldScore.f1(p, r)};
    }
}
