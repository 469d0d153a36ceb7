package org.corroborate.statement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 */
public record Judgement(Status status, Optional<Source> source, Optional<Span> cue, Polarity polarity) {

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
        Frame chosen = innermostAttribution != null ? innermostAttribution : outermostHedge;
        if (chosen == null) {
            return new Judgement(Status.ASSERTED, Optional.empty(), Optional.empty(), polarity);
        }
        return new Judgement(chosen.status(), chosen.source(), Optional.of(chosen.cue()), polarity);
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
