package org.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.cli.CorpusRunOptions;
import org.corroborate.cli.EngineFactory;
import org.corroborate.cli.Progress;
import org.corroborate.incident.IncidentReport;
import org.corroborate.incident.Target;
import org.corroborate.merge.Names;
import org.corroborate.pipeline.Analyzer;
import org.corroborate.report.ArticleReport;
import org.corroborate.report.Party;
import org.corroborate.store.KnowledgeBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corroborate eval merge}: ingests the MUC-4 DEV, TST1 and TST2 messages into a fresh knowledge base and
 * scores how its incidents group the key templates against heuristic gold clusters.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Ingests the MUC-4 dev, tst1 and tst2 messages into a fresh knowledge base and scores the "
                + "merge: pairwise and B-cubed precision, recall and F1 over the key templates, beside two baselines "
                + "(every template alone; templates merged by the same predicted date).",
                "Gold clusters join templates of different messages with the same incident type, date and location, "
                        + "or the same named human target. That gold is a heuristic, not a truth: read the "
                        + "disagreements (--errors) before trusting either side.",
                "Each key template is placed by the incident of the message's report that matches it best (type, "
                        + "date, shared fillers); a template no report matches stands alone."},
        footer = {"", "Example:", "  corroborate eval merge --nlp-cache /tmp/muc-nlp --errors 10"})
final class MergeCommand implements Callable<Integer> {

    private static final List<String> SPLITS = List.of("dev", "tst1", "tst2");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    @CommandLine.Mixin
    Muc4Data data;

    @Option(names = "--db", paramLabel = "FILE", description = "Keep the knowledge base in FILE (default: a "
            + "temporary file, deleted afterwards). FILE must not exist.")
    Path db;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "5",
            description = "Print N merges the gold lacks and N gold links the merge missed.")
    int errors;

    @CommandLine.Mixin
    CorpusRunOptions run;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final EngineFactory engines;

    MergeCommand(EngineFactory engines) {
        this.engines = engines;
    }

    /** One key template: the item being clustered. */
    record Item(String message, String template, String type, String date, String location, Set<String> victims,
                Set<String> fillers) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path templates = data.templates(spec.commandLine());
        if (db != null && Files.exists(db)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--db '" + db + "' exists; the evaluation "
                    + "needs a fresh knowledge base, so give a new file or delete it");
        }
        List<JsonNode> messages = new ArrayList<>(data.messages(spec.commandLine(), SPLITS));
        messages.sort(Comparator.comparing(n -> n.path("date").asText()));
        messages = run.first(messages);
        Set<String> kept = new HashSet<>();
        messages.forEach(m -> kept.add(m.path("id").asText()));
        List<Item> items = new ArrayList<>();
        for (String split : SPLITS) {
            for (JsonNode t : Muc4Keys.templates(templates, split)) {
                if (kept.contains(t.path("message_id").asText())) {
                    item(t).ifPresent(items::add);
                }
            }
        }
        Path file = db != null ? db : Files.createTempFile("corroborate-eval-merge", ".db");
        if (db == null) {
            Files.delete(file);
        }
        Map<String, List<IncidentReport>> reports = new HashMap<>();
        Map<String, Long> incidentOf = new HashMap<>();
        try (KnowledgeBase kb = KnowledgeBase.open(file.toString())) {
            Analyzer analyzer = Analyzer.withBundledData(run.engine(engines, err));
            Progress progress = new Progress(err, "merge", messages.size());
            for (JsonNode m : messages) {
                ArticleReport report = analyzer.analyze(Muc4Data.article(m));
                reports.put(report.article().id(), report.incidents());
                kb.add(report);
                progress.tick();
            }
            progress.done();
            for (KnowledgeBase.Placement p : kb.placements()) {
                incidentOf.put(p.articleKey() + "/" + p.reportKey(), p.incidentId());
            }
        } finally {
            if (db == null) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(Path.of(file + "-wal"));
                Files.deleteIfExists(Path.of(file + "-shm"));
            }
        }
        List<Set<Integer>> gold = Clusterings.components(items.size(), (i, j) -> goldLink(items.get(i), items.get(j)));
        Map<Integer, String> predictedKey = new HashMap<>();
        Map<Integer, String> predictedDay = new HashMap<>();
        place(items, reports, incidentOf, predictedKey, predictedDay);
        List<Set<Integer>> predicted = Clusterings.byKey(items.size(), predictedKey);
        List<Set<Integer>> singletons = Clusterings.byKey(items.size(), Map.of());
        List<Set<Integer>> sameDay = Clusterings.byKey(items.size(), predictedDay);
        out.printf("eval merge: %d messages of dev, tst1 and tst2, %d key templates, %d gold clusters (%d with "
                + "several templates)%n%n", messages.size(), items.size(), gold.size(),
                gold.stream().filter(c -> c.size() > 1).count());
        out.printf("%-34s %9s %9s %9s %9s %9s %9s%n", "clustering", "pair P", "pair R", "pair F1", "B3 P", "B3 R",
                "B3 F1");
        row(out, "corroborate merge", predicted, gold);
        row(out, "baseline: every template alone", singletons, gold);
        row(out, "baseline: same predicted day", sameDay, gold);
        Clusterings.disagreements(out, items, predicted, gold, errors);
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, String name, List<Set<Integer>> predicted, List<Set<Integer>> gold) {
        Clusterings.Scores pair = Clusterings.pairwise(predicted, gold);
        Clusterings.Scores b3 = Clusterings.bcubed(predicted, gold);
        out.printf("%-34s %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f%n", name, pair.precision() * 100, pair.recall() * 100,
                pair.f1() * 100, b3.precision() * 100, b3.recall() * 100, b3.f1() * 100);
    }

    /** The item of a relevant key template; irrelevant messages' empty templates give none. */
    private Optional<Item> item(JsonNode t) {
        JsonNode slots = t.path("slots");
        String type = first(slots, "INCIDENT: TYPE");
        if (type.isEmpty() || type.equals("*")) {
            return Optional.empty();
        }
        Set<String> victims = new HashSet<>();
        Set<String> fillers = new HashSet<>();
        for (String slot : List.of("HUM TGT: NAME", "HUM TGT: DESCRIPTION", "PHYS TGT: ID", "PERP: INDIVIDUAL ID",
                "PERP: ORGANIZATION ID")) {
            for (JsonNode value : slots.path(slot)) {
                Matcher m = QUOTED.matcher(value.asText());
                while (m.find()) {
                    String filler = Names.normalize(m.group(1));
                    fillers.add(filler);
                    if (slot.equals("HUM TGT: NAME")) {
                        victims.add(filler);
                    }
                }
            }
        }
        return Optional.of(new Item(t.path("message_id").asText(), t.path("template").asText(), type,
                first(slots, "INCIDENT: DATE"), first(slots, "INCIDENT: LOCATION"), victims, fillers));
    }

    private static String first(JsonNode slots, String slot) {
        JsonNode values = slots.path(slot);
        return values.isArray() && !values.isEmpty() ? values.get(0).asText().strip() : "";
    }

    private static boolean goldLink(Item a, Item b) {
        if (a.message().equals(b.message())) {
            return false;
        }
        boolean known = !a.date().isEmpty() && !a.date().equals("-") && !a.location().isEmpty()
                && !a.location().equals("-");
        if (known && a.type().equals(b.type()) && a.date().equals(b.date()) && a.location().equals(b.location())) {
            return true;
        }
        return a.victims().stream().anyMatch(b.victims()::contains);
    }

    /**
     * Places each item in the incident of its message's best-matching report (each report used once): a point for
     * the MUC-4 type, one per shared filler. Items no report matches keep no key: they stand alone.
     */
    private static void place(List<Item> items, Map<String, List<IncidentReport>> reports,
                              Map<String, Long> incidentOf, Map<Integer, String> key, Map<Integer, String> day) {
        Map<String, Set<String>> used = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            IncidentReport best = null;
            int bestScore = 0;
            for (IncidentReport r : reports.getOrDefault(item.message(), List.of())) {
                if (r.coding().muc4Type().isEmpty()
                        || used.getOrDefault(item.message(), Set.of()).contains(r.id())) {
                    continue;
                }
                int score = r.coding().muc4Type().get().equals(item.type()) ? 1 : 0;
                Set<String> fillers = new HashSet<>();
                r.victims().stream().map(Party::text).forEach(fillers::add);
                r.perpetrators().stream().map(Party::text).forEach(fillers::add);
                r.targets().stream().map(Target::text).forEach(fillers::add);
                score += (int) fillers.stream().map(Names::normalize).filter(item.fillers()::contains).count();
                if (score > bestScore) {
                    best = r;
                    bestScore = score;
                }
            }
            if (best != null) {
                used.computeIfAbsent(item.message(), k -> new HashSet<>()).add(best.id());
                Long incident = incidentOf.get(item.message() + "/" + best.id());
                if (incident != null) {
                    key.put(i, "incident " + incident);
                }
                if (best.date().precision() == org.corroborate.report.DatePrecision.DAY) {
                    day.put(i, best.date().start().orElseThrow().toString());
                }
            }
        }
    }
}
