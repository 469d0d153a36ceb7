package org.corroborate.statement;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corroborate.nlp.Dependency;
import org.corroborate.nlp.Sentence;
import org.corroborate.report.Polarity;
import org.corroborate.report.Source;
import org.corroborate.report.Span;
import org.corroborate.report.Status;

/**
 * The status, source, cue and polarity of a word in a sentence, as its frames decide: the innermost attributing
 * frame that covers the word names its source and status; without one, the outermost hedge does; without any,
 * the article asserts it.
 *
 * @param doubt the narrowest frame of doubt (a status other than asserted, reported, claimed or denied) whose cue
 *     governs the word in the parse, whoever voices it: in "the ministry said the deal could collapse" the status of
 *     "collapse" is REPORTED by the ministry and its doubt is "could". Empty when the word is stated firmly.
 */
public record Judgement(Status status, Optional<Source> source, Optional<Span> cue, Polarity polarity,
                        Optional<Frame> doubt) {

    /** Statuses that commit whoever voices them to the content. */
    private static final Set<Status> FIRM = EnumSet.of(Status.ASSERTED, Status.REPORTED, Status.CLAIMED,
            Status.DENIED);
    /** Relations by which a word hangs from a hedged head without being hedged itself. */
    private static final Set<String> OUTSIDE_SCOPE = Set.of("conj", "cc", "advcl", "parataxis", "punct");

    /** How the article presents {@code token} of {@code sentence}. */
    public static Judgement of(Sentence sentence, List<Frame> frames, int token) {
        Frame innermostAttribution = null;
        Frame outermostHedge = null;
        for (Frame f : frames) {
            if (!f.covers(token) || (f.cueFirst() <= token && token <= f.cueLast())) {
                continue;
            }
            if (f.attributing()) {
                if (innermostAttribution == null || innermostAttribution.encloses(f)
                        || width(f) < width(innermostAttribution)) {
                    innermostAttribution = f;
                }
            } else if (outermostHedge == null || f.encloses(outermostHedge)
                    || width(f) > width(outermostHedge)) {
                outermostHedge = f;
            }
        }
        Polarity polarity = negated(sentence, token) ? Polarity.NEGATIVE : Polarity.POSITIVE;
        Optional<Frame> doubt = doubt(sentence, frames, token);
        Frame chosen = innermostAttribution != null ? innermostAttribution : outermostHedge;
        if (chosen == null) {
            return new Judgement(Status.ASSERTED, Optional.empty(), Optional.empty(), polarity, doubt);
        }
        return new Judgement(chosen.status(), chosen.source(), Optional.of(chosen.cue()), polarity, doubt);
    }

    /**
     * The narrowest frame of doubt over {@code token}. The frames' scopes run over the token sequence; doubt also asks
     * the parse, because a hedge qualifies only what its cue governs: in "the take-off was apparently normal and took
     * place on time", "apparently" hedges "normal", not the conjoined "took place". A frame whose scope precedes its
     * cue ("..., analysts predicted.") is taken on its scope alone.
     */
    private static Optional<Frame> doubt(Sentence sentence, List<Frame> frames, int token) {
        Frame narrowest = null;
        for (Frame f : frames) {
            if (FIRM.contains(f.status()) || !f.covers(token) || (f.cueFirst() <= token && token <= f.cueLast())) {
                continue;
            }
            if (f.scopeLast() >= f.cueFirst() && !governs(sentence, anchor(sentence, f.cueLast()), token)) {
                continue;
            }
            if (narrowest == null || width(f) < width(narrowest)) {
                narrowest = f;
            }
        }
        return Optional.ofNullable(narrowest);
    }

    /** The head a cue word qualifies: the verb of a modal or a subordinator, the word of an adverb; else the cue. */
    private static int anchor(Sentence sentence, int cue) {
        return sentence.headOf(cue)
                .filter(d -> d.is("aux") || d.is("advmod") || d.is("mark"))
                .map(Dependency::head)
                .orElse(cue);
    }

    /**
     * Whether {@code anchor} dominates {@code token} through a dependent that its qualification reaches: not a
     * conjunct or a parenthetical of the anchor, nor an adverbial clause anywhere below it ("... when it arrives").
     */
    private static boolean governs(Sentence sentence, int anchor, int token) {
        int current = token;
        for (int guard = 0; guard <= sentence.tokens().size(); guard++) {
            if (current == anchor) {
                return true;
            }
            Optional<Dependency> head = sentence.headOf(current);
            if (head.isEmpty()) {
                return false;
            }
            if (head.get().head() == anchor) {
                return !OUTSIDE_SCOPE.contains(head.get().base());
            }
            if (head.get().is("advcl")) {
                return false;
            }
            current = head.get().head();
        }
        return false;
    }

    /** Whether {@code token} is negated: "not", "n't", "never" on it or just before it, or "no" on its object. */
    public static boolean negated(Sentence sentence, int token) {
        for (Dependency d : sentence.childrenOf(token)) {
            String w = sentence.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
            if ((d.is("advmod") || d.is("neg")) && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
                return true;
            }
            if (d.is("obj") || d.is("nsubj")) {
                for (Dependency det : sentence.childrenOf(d.dependent())) {
                    String dw = sentence.tokens().get(det.dependent()).word().toLowerCase(Locale.ROOT);
                    if (det.is("det") && dw.equals("no") && d.is("obj")) {
                        return true;
                    }
                }
            }
        }
        for (int k = Math.max(0, token - 3); k < token; k++) {
            String w = sentence.tokens().get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("not") || w.equals("n't") || w.equals("never")) {
                return true;
            }
        }
        return false;
    }

    private static int width(Frame f) {
        return f.scopeLast() - f.scopeFirst();
    }
}
