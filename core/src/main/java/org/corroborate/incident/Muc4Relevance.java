package org.corroborate.incident;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.lexicon.LinearModel;
import org.corroborate.report.Party;
import org.corroborate.report.Span;

/**
 * Whether an incident is one MUC-4 would code: a terrorist act against civilians or their property, recent, told as
 * happening, in the task's countries; not combat between armed forces, not an old or merely mentioned event. The
 * hand rules ({@link Muc4Scope}) leave out what they can tell for sure; this learned model (logistic regression,
 * trained on the MUC-4 DEV texts and keys by {@code corroborate learn scope}, shipped as {@code muc4-scope.tsv})
 * weighs the rest: the incident's type, stage and status, how long before the report it happened, where, who did
 * it to whom, and the words that tell it. An incident it leaves out keeps everything but its MUC-4 type.
 */
public final class Muc4Relevance {

    /** Where the bundled model is, on the class path. */
    public static final String RESOURCE = "/org/corroborate/incident/muc4-scope.tsv";

    private static final Pattern WORD = Pattern.compile("[\\p{L}]{3,}");

    /** Words too common in any news text to tell incidents apart. */
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "that", "this", "for", "with", "was", "were",
            "has", "have", "had", "are", "from", "which", "who", "said", "its", "their", "his", "her", "they", "been",
            "not", "but", "also", "will", "would", "there", "them", "than", "into", "about");

    private final LinearModel model;

    Muc4Relevance(LinearModel model) {
        this.model = model;
    }

    /** The model shipped with the build. */
    public static Muc4Relevance bundled() {
        return new Muc4Relevance(LinearModel.resource(RESOURCE, 1));
    }

    /** Leaves every incident the rules put in MUC-4's scope there: for training the model. */
    public static Muc4Relevance rulesOnly() {
        return new Muc4Relevance(LinearModel.acceptingAll(1));
    }

    /**
     * The incidents with the MUC-4 type taken from those the model finds outside MUC-4's scope.
     *
     * @param text the article's text, which the incidents' evidence spans index
     * @param reference the day the article's relative dates were resolved against, when known
     */
    public List<IncidentReport> apply(List<IncidentReport> incidents, String text, Optional<LocalDate> reference) {
        List<IncidentReport> scoped = new ArrayList<>(incidents.size());
        for (int i = 0; i < incidents.size(); i++) {
            IncidentReport r = incidents.get(i);
            if (r.coding().muc4Type().isPresent() && !model.accepts(features(incidents, i, text, reference), 0)) {
                r = new IncidentReport(r.id(), r.type(), r.stage(), r.coding().outsideMuc4(), r.date(), r.place(),
                        r.perpetrators(), r.claimedBy(), r.victims(), r.targets(), r.weapons(), r.figures(),
                        r.suicide(), r.status(), r.evidence());
            }
            scoped.add(r);
        }
        return scoped;
    }

    /** The features of incident {@code index} of an article's incidents that the model reads. */
    public static List<String> features(List<IncidentReport> incidents, int index, String text,
                                        Optional<LocalDate> reference) {
        IncidentReport r = incidents.get(index);
        Set<String> f = new LinkedHashSet<>();
        f.add("type=" + r.type());
        f.add("muc4=" + r.coding().muc4Type().orElse("-"));
        f.add("stage=" + r.stage());
        f.add("status=" + r.status());
        f.add("incident=" + RoleFeatures.bucket(index, 0, 1, 2, 4));
        f.add("incidents=" + RoleFeatures.bucket(incidents.size(), 1, 2, 3, 5, 8));
        f.add("starts-at=" + RoleFeatures.bucket(r.evidence().get(0).start(), 0, 300, 800, 1600, 3200));
        f.add("sentences=" + RoleFeatures.bucket(r.evidence().size(), 1, 2, 3, 5));
        f.add("age=" + age(r, reference));
        f.add("date=" + r.date().precision());
        f.add("country=" + r.place().flatMap(p -> p.country()).orElse("-"));
        f.add("place=" + r.place().map(p -> p.precision().toString()).orElse("-"));
        for (Party p : r.perpetrators()) {
            f.add("perpetrator=" + p.kind() + "|" + (p.named() ? "named" : "described"));
            f.add("perpetrator-status=" + p.status());
            f.add("perpetrator-word=" + lastWord(p.text()));
        }
        f.add("perpetrators=" + RoleFeatures.bucket(r.perpetrators().size(), 0, 1, 2, 3));
        if (!r.claimedBy().isEmpty()) {
            f.add("claimed");
        }
        for (Party v : r.victims()) {
            f.add("victim=" + (v.named() ? "named" : "described"));
            f.add("victim-word=" + lastWord(v.text()));
        }
        f.add("victims=" + RoleFeatures.bucket(r.victims().size(), 0, 1, 2, 4));
        for (Target t : r.targets()) {
            f.add("target-type=" + t.gtdTargetType().orElse("-"));
            f.add("target-word=" + lastWord(t.text()));
        }
        f.add("targets=" + RoleFeatures.bucket(r.targets().size(), 0, 1, 2, 4));
        for (Weapon w : r.weapons()) {
            f.add("weapon-type=" + w.gtdWeaponType().orElse("-"));
        }
        Figures figures = r.figures();
        f.add("killed=" + !figures.killed().isEmpty());
        f.add("injured=" + !figures.injured().isEmpty());
        f.add("hostages=" + !figures.hostages().isEmpty());
        f.add("perpetrators-killed=" + !figures.perpetratorsKilled().isEmpty());
        for (Span evidence : r.evidence()) {
            words(evidence.text(), "word=", f);
        }
        words(text.substring(0, Math.min(text.length(), 400)), "lead=", f);
        return List.copyOf(f);
    }

    /** How long before the article the incident happened, in buckets of days. */
    private static String age(IncidentReport r, Optional<LocalDate> reference) {
        Optional<LocalDate> day = r.date().end().or(() -> r.date().start());
        if (day.isEmpty() || reference.isEmpty()) {
            return "unknown";
        }
        long days = ChronoUnit.DAYS.between(day.get(), reference.get());
        if (days < 0) {
            return "after";
        }
        return RoleFeatures.bucket((int) Math.min(days, Integer.MAX_VALUE), 0, 1, 2, 8, 32, 63, 366);
    }

    private static void words(String text, String prefix, Set<String> f) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!STOP_WORDS.contains(m.group())) {
                f.add(prefix + m.group());
            }
        }
    }

    private static String lastWord(String words) {
        String[] w = words.toLowerCase(Locale.ROOT).split("\\s+");
        return w[w.length - 1];
    }
}
