package org.corroborate.statement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corroborate.actor.ActorMention;
import org.corroborate.nlp.AnalyzedText;
import org.corroborate.nlp.PartOfSpeech;
import org.corroborate.nlp.Sentence;
import org.corroborate.report.Polarity;
import org.corroborate.report.Span;

/**
 * Turns sentences and their frames into statements: one per sentence that has a verb, with the status of the
 * sentence's main clause, and one more for each attributing frame nested inside it ("Pakistan accused India of
 * X": X as ALLEGED by Pakistan). Headings and list numbers carry no claim and give none.
 */
public final class StatementExtractor {

    public List<Statement> extract(AnalyzedText text, List<List<ActorMention>> mentions, List<List<Frame>> frames) {
        List<Statement> statements = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            if (!hasVerb(sentence)) {
                continue;
            }
            List<Frame> sentenceFrames = frames.get(sentence.index());
            List<ActorMention> sentenceMentions = mentions.get(sentence.index());
            Optional<Frame> main = mainFrame(sentence, sentenceFrames);
            int head = main.filter(Frame::attributing).map(f -> contentHead(sentence, f)).orElse(sentence.root());
            Polarity polarity = Judgement.negated(sentence, head) ? Polarity.NEGATIVE : Polarity.POSITIVE;
            Span sentenceSpan = sentenceSpan(text.text(), sentence);
            if (main.isPresent()) {
                Frame f = main.get();
                statements.add(new Statement(sentenceSpan, f.status(), polarity, f.source(), Optional.of(f.cue()),
                        actorsIn(sentenceMentions, 0, sentence.tokens().size() - 1)));
            } else {
                statements.add(new Statement(sentenceSpan, org.corroborate.report.Status.ASSERTED, polarity,
                        Optional.empty(), Optional.empty(), actorsIn(sentenceMentions, 0, sentence.tokens().size() - 1)));
            }
            for (Frame f : sentenceFrames) {
                if (!f.attributing() || main.map(m -> m == f).orElse(false) || f.scopeLast() < f.scopeFirst()) {
                    continue;
                }
                Judgement inner = Judgement.of(sentence, sentenceFrames, contentHead(sentence, f));
                statements.add(new Statement(scopeSpan(text.text(), sentence, f), f.status(), inner.polarity(), f.source(), Optional.of(f.cue()),
                        actorsIn(sentenceMentions, f.scopeFirst(), f.scopeLast())));
            }
        }
        return statements;
    }

    /** The words a frame scopes over, without commas at either end. */
    private static Span scopeSpan(String text, Sentence sentence, Frame f) {
        int first = f.scopeFirst();
        int last = f.scopeLast();
        while (first < last && sentence.tokens().get(first).word().equals(",")) {
            first++;
        }
        while (last > first && sentence.tokens().get(last).word().equals(",")) {
            last--;
        }
        return Span.of(text, sentence.tokens().get(first).start(), sentence.tokens().get(last).end());
    }

    /**
     * The frame that sets the status of the whole sentence: one whose cue is the main verb or covers it, or one that
     * opens the sentence ("According to X,", "Rumors suggest", "It can be assumed", "If"); the outermost wins.
     */
    static Optional<Frame> mainFrame(Sentence sentence, List<Frame> frames) {
        int root = sentence.root();
        Frame best = null;
        for (Frame f : frames) {
            boolean atRoot = f.cueFirst() <= root && root <= f.cueLast();
            boolean opening = f.cueFirst() <= 2;
            boolean qualifies = atRoot || f.covers(root) || opening;
            if (!qualifies) {
                continue;
            }
            if (best == null || f.encloses(best) || (f.cueFirst() < best.cueFirst() && !best.encloses(f))) {
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The main verb of what a frame attributes: "funded" in "India has not funded X, officials said". */
    private static int contentHead(Sentence sentence, Frame f) {
        for (int k = f.scopeFirst(); k <= f.scopeLast(); k++) {
            if (sentence.tokens().get(k).pos() == PartOfSpeech.VERB) {
                return k;
            }
        }
        return f.scopeFirst();
    }

    private static List<String> actorsIn(List<ActorMention> mentions, int first, int last) {
        Set<String> names = new LinkedHashSet<>();
        for (ActorMention m : mentions) {
            if (m.firstToken() >= first && m.lastToken() <= last && m.canBeParty()) {
                names.add(m.actor());
            }
        }
        return List.copyOf(names);
    }

    private static boolean hasVerb(Sentence sentence) {
        return sentence.tokens().stream().anyMatch(t -> t.pos() == PartOfSpeech.VERB || t.pos() == PartOfSpeech.AUX);
    }

    private static Span sentenceSpan(String text, Sentence sentence) {
        return Span.of(text, sentence.start(), sentence.end());
    }
}
