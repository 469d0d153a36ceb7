package org.corroborate.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.nlp.Dependency;
import org.corroborate.nlp.PartOfSpeech;
import org.corroborate.nlp.Quantity;
import org.corroborate.nlp.Sentence;
import org.corroborate.nlp.Token;
import org.corroborate.report.Count;
import org.corroborate.report.Span;
import org.corroborate.statement.Frame;
import org.corroborate.statement.Judgement;

/**
 * Reads casualty and hostage figures: a number (or "several", "dozens") and the noun it counts, classified by that
 * noun ("deaths", "injuries") or by the verb that acts on it ("passengers were taken hostage", "injured several
 * people", "six armed militants destroyed"). Each figure keeps the status and source of its clause.
 */
final class FigureReader {

    /** A figure and what it counts. */
    record Figure(FigureKind kind, Count count, int token) {
    }

    /** Vague quantities with their least value: "several" means at least two, "dozens" at least 24. */
    private static final Map<String, long[]> VAGUE = Map.of(
            "several", new long[] {2}, "dozens", new long[] {24}, "scores", new long[] {40},
            "hundreds", new long[] {200}, "thousands", new long[] {2000}, "few", new long[] {2},
            "dozen", new long[] {12, 12});

    private static final Set<String> DEATH_NOUNS = Set.of("death", "dead", "fatality", "body", "corpse", "life");
    private static final Set<String> INJURY_NOUNS = Set.of("injury", "wounded", "injured");
    private static final Set<String> KILL_VERBS = Set.of("kill", "die", "murder", "massacre", "execute", "slay",
            "dead", "assassinate", "claim");
    private static final Set<String> INJURE_VERBS = Set.of("injure", "wound", "hurt", "injured", "wounded");
    private static final Set<String> TAKE_VERBS = Set.of("kidnap", "abduct", "seize", "capture", "detain");

    private final IncidentLexicon lexicon;

    FigureReader(IncidentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Figure> read(String text, Sentence s, List<Frame> frames) {
        List<Figure> figures = new ArrayList<>();
        for (Quantity q : s.quantities()) {
            if (q.max().map(max -> max > 100_000).orElse(q.min() > 100_000)) {
                continue;
            }
            figure(text, s, frames, q.headToken(), q.min(), q.max(), qualifierStart(s, q.firstToken(), q.headToken()))
                    .ifPresent(figures::add);
        }
        for (int i = 0; i < s.tokens().size(); i++) {
            long[] vague = VAGUE.get(s.tokens().get(i).word().toLowerCase(Locale.ROOT));
            if (vague == null || s.quantityAt(i).isPresent()) {
                continue;
            }
            Optional<Long> max = vague.length > 1 ? Optional.of(vague[1]) : Optional.empty();
            int first = i > 0 && s.tokens().get(i - 1).word().equalsIgnoreCase("a") ? i - 1 : i;
            figure(text, s, frames, i, vague[0], max, first).ifPresent(figures::add);
        }
        return figures;
    }

    private Optional<Figure> figure(String text, Sentence s, List<Frame> frames, int number, long min,
                                    Optional<Long> max, int first) {
        int noun = countedNoun(s, number);
        Optional<FigureKind> kind = noun >= 0 ? classify(s, noun) : byVerb(s, number, false);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        int last = Math.max(number, noun);
        Span words = Span.of(text, s.tokens().get(first).start(), s.tokens().get(last).end());
        Judgement judgement = Judgement.of(s, frames, noun >= 0 ? noun : number);
        Span evidence = Span.of(text, s.start(), s.end());
        Count count = new Count(min, max, words.text(), judgement.source(), judgement.status(), evidence);
        return Optional.of(new Figure(kind.get(), count, number));
    }

    /** The noun a number counts: its governor in the parse, else the next noun within three words. */
    private static int countedNoun(Sentence s, int number) {
        Optional<Dependency> head = s.headOf(number);
        if (head.isPresent() && (head.get().is("nummod") || head.get().is("amod") || head.get().is("det"))
                && s.tokens().get(head.get().head()).isNoun()) {
            return head.get().head();
        }
        for (int k = number + 1; k <= Math.min(s.tokens().size() - 1, number + 3); k++) {
            Token t = s.tokens().get(k);
            if (t.isNoun() && t.pos() != PartOfSpeech.PRON) {
                return k;
            }
            if (!(t.pos() == PartOfSpeech.ADJ || t.pos() == PartOfSpeech.NUM || t.word().equals("-"))) {
                break;
            }
        }
        return -1;
    }

    private Optional<FigureKind> classify(Sentence s, int noun) {
        String lemma = s.tokens().get(noun).lowerLemma();
        String word = s.tokens().get(noun).word().toLowerCase(Locale.ROOT);
        if (DEATH_NOUNS.contains(lemma) || DEATH_NOUNS.contains(word)) {
            return Optional.of(FigureKind.KILLED);
        }
        if (INJURY_NOUNS.contains(lemma) || INJURY_NOUNS.contains(word)) {
            return Optional.of(FigureKind.INJURED);
        }
        boolean perpetrator = lexicon.isPerpetratorNoun(lemma);
        if (!perpetrator && !lexicon.isVictimNoun(lemma)) {
            return Optional.empty();
        }
        Optional<FigureKind> byVerb = byVerb(s, noun, perpetrator);
        if (byVerb.isPresent()) {
            return byVerb;
        }
        if (perpetrator && isActiveSubject(s, noun)) {
            return Optional.of(FigureKind.ATTACKERS);
        }
        return Optional.empty();
    }

    /** The verb acting on the counted words decides: killed, injured or taken. */
    private static Optional<FigureKind> byVerb(Sentence s, int token, boolean perpetrator) {
        for (int verb : governingVerbs(s, token)) {
            Token v = s.tokens().get(verb);
            String lemma = v.lowerLemma();
            boolean kills = KILL_VERBS.contains(lemma) && !(lemma.equals("claim") && !claimsLives(s, verb));
            if (kills || shotDead(s, verb)) {
                return Optional.of(perpetrator ? FigureKind.PERPETRATORS_KILLED : FigureKind.KILLED);
            }
            if (INJURE_VERBS.contains(lemma) || INJURE_VERBS.contains(v.word().toLowerCase(Locale.ROOT))) {
                return perpetrator ? Optional.empty() : Optional.of(FigureKind.INJURED);
            }
            boolean tookHostage = (lemma.equals("take") || lemma.equals("hold"))
                    && followedByHostage(s, verb);
            if (!perpetrator && (TAKE_VERBS.contains(lemma) || tookHostage)) {
                return Optional.of(FigureKind.HOSTAGES);
            }
        }
        return Optional.empty();
    }

    /** The verbs that act on {@code token}: its head in the parse, and the nearest verbs before and after it. */
    private static List<Integer> governingVerbs(Sentence s, int token) {
        List<Integer> verbs = new ArrayList<>();
        Optional<Dependency> head = s.headOf(token);
        if (head.isPresent() && (head.get().is("obj") || head.get().is("nsubj") || head.get().is("obl"))) {
            verbs.add(head.get().head());
        }
        int[] bounds = s.subtreeBounds(token);
        for (int k = bounds[1] + 1; k <= Math.min(s.tokens().size() - 1, bounds[1] + 3); k++) {
            if (s.tokens().get(k).pos() == PartOfSpeech.VERB || s.tokens().get(k).pos() == PartOfSpeech.ADJ) {
                verbs.add(k);
                break;
            }
            if (s.tokens().get(k).pos() == PartOfSpeech.PUNCT || s.tokens().get(k).pos() == PartOfSpeech.CCONJ) {
                break;
            }
        }
        for (int k = token - 1; k >= Math.max(0, token - 4); k--) {
            if (s.tokens().get(k).pos() == PartOfSpeech.VERB) {
                verbs.add(k);
                break;
            }
        }
        return verbs;
    }

    /** "Shot dead two judges", "shot them dead", "shot them to death": a shooting that killed. */
    private static boolean shotDead(Sentence s, int verb) {
        if (!s.tokens().get(verb).lowerLemma().equals("shoot")) {
            return false;
        }
        if (deadAfterVerb(s, verb + 1)) {
            return true;
        }
        for (Dependency d : s.childrenOf(verb)) {
            String word = s.tokens().get(d.dependent()).word();
            if (word.equalsIgnoreCase("dead")
                    || (word.equalsIgnoreCase("death") && s.markerOf(d.dependent()).equals("to"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code k} is "dead" right after a verb: what the verb did to whom follows ("shot dead two
     * judges"), not a word of their description.
     */
    static boolean deadAfterVerb(Sentence s, int k) {
        return k > 0 && k < s.tokens().size() && s.tokens().get(k).word().equalsIgnoreCase("dead")
                && s.tokens().get(k - 1).isVerb();
    }

    private static boolean followedByHostage(Sentence s, int verb) {
        for (int k = verb + 1; k <= Math.min(s.tokens().size() - 1, verb + 3); k++) {
            if (s.tokens().get(k).lowerLemma().equals("hostage")) {
                return true;
            }
        }
        return false;
    }

    private static boolean claimsLives(Sentence s, int verb) {
        for (int k = verb + 1; k <= Math.min(s.tokens().size() - 1, verb + 4); k++) {
            if (s.tokens().get(k).lowerLemma().equals("life")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isActiveSubject(Sentence s, int noun) {
        Optional<Dependency> head = s.headOf(noun);
        return head.isPresent() && head.get().relation().equals("nsubj")
                && s.tokens().get(head.get().head()).isVerb();
    }

    /** The first word of a number with its qualifier: "at least six", "more than 450". */
    private static int qualifierStart(Sentence s, int first, int number) {
        int start = Math.min(first, number);
        int[] bounds = s.subtreeBounds(number);
        start = Math.min(start, bounds[0]);
        for (int k = start - 1; k >= Math.max(0, start - 3); k--) {
            String w = s.tokens().get(k).word().toLowerCase(Locale.ROOT);
            if (Set.of("at", "least", "more", "than", "over", "nearly", "about", "around", "some", "almost",
                    "up", "to", "approximately", "roughly", "fewer", "less", "under").contains(w)) {
                start = k;
            } else {
                break;
            }
        }
        return start;
    }
}
