package org.corroborate.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.actor.ActorKind;
import org.corroborate.actor.ActorMention;
import org.corroborate.nlp.AnalyzedText;
import org.corroborate.nlp.Dependency;
import org.corroborate.nlp.Sentence;
import org.corroborate.nlp.Token;
import org.corroborate.statement.Frame;
import org.corroborate.statement.Judgement;

/**
 * The features of a person or organization mention that tell its role in an incident: the words around it, its
 * grammatical relation and the word that governs it (through lists and appositions: "A, B and C were killed"), the
 * incident words of its sentence and how far they are, how firmly the sentence states it, whether it is the source
 * of a statement, and how often and how early the article names the actor. Only what any news text has; no lexicon
 * of names.
 */
final class RoleFeatures {

    /** Relations through which a list member or an apposition takes the place of its first member. */
    private static final Set<String> TRANSPARENT = Set.of("conj", "appos", "flat", "compound");

    private final TriggerFinder triggers;

    RoleFeatures(TriggerFinder triggers) {
        this.triggers = triggers;
    }

    /** The person and organization mentions of the text that can be parties, each with its features. */
    List<RoleCandidate> candidates(AnalyzedText text, List<List<ActorMention>> mentions, List<List<Frame>> frames,
                                   Map<String, String> surfaces) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstSentence = new HashMap<>();
        for (List<ActorMention> sentence : mentions) {
            for (ActorMention m : sentence) {
                counts.merge(m.actor(), 1, Integer::sum);
                firstSentence.putIfAbsent(m.actor(), m.sentence());
            }
        }
        List<RoleCandidate> candidates = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Frame> sentenceFrames = frames.get(s.index());
            List<IncidentWord> hits = triggers.hits(s, sentenceFrames);
            for (ActorMention m : mentions.get(s.index())) {
                if (!m.canBeParty()) {
                    continue;
                }
                List<String> f = new ArrayList<>();
                f.add("kind=" + m.kind());
                f.add("form=" + m.form());
                f.add("registered=" + m.registered());
                f.add("tokens=" + Math.min(m.lastToken() - m.firstToken() + 1, 4));
                f.add("w-1=" + word(s, m.firstToken() - 1));
                f.add("w-2=" + word(s, m.firstToken() - 2));
                f.add("w+1=" + word(s, m.lastToken() + 1));
                f.add("w+2=" + word(s, m.lastToken() + 2));
                syntax(s, m, f);
                incidentWords(s, m, hits, f);
                Judgement j = Judgement.of(s, sentenceFrames, m.firstToken());
                f.add("status=" + j.status());
                f.add("polarity=" + j.polarity());
                if (isSourceOfAFrame(m, sentenceFrames)) {
                    f.add("source-of-statement");
                }
                f.add("sentence=" + bucket(s.index(), 0, 1, 2, 4, 8));
                f.add("mentions=" + bucket(counts.get(m.actor()), 1, 2, 3, 5));
                f.add("first-named=" + bucket(firstSentence.get(m.actor()), 0, 1, 3, 6));
                for (Token t : s.tokens()) {
                    if (t.isVerb()) {
                        f.add("verb=" + t.lowerLemma());
                    }
                }
                String written = m.kind() == ActorKind.PERSON ? surfaces.getOrDefault(m.actor(), m.span().text())
                        : m.span().text();
                candidates.add(new RoleCandidate(m, written, List.copyOf(new LinkedHashSet<>(f))));
            }
        }
        return candidates;
    }

    /** Relation to its governor, the governor's lemma and preposition, before and after climbing lists. */
    private static void syntax(Sentence s, ActorMention m, List<String> f) {
        int head = headOf(s, m);
        Optional<Dependency> up = s.headOf(head);
        f.add("rel=" + up.map(Dependency::relation).orElse("root"));
        int node = head;
        while (up.isPresent() && TRANSPARENT.contains(base(up.get().relation()))) {
            node = up.get().head();
            up = s.headOf(node);
        }
        String relation = up.map(d -> base(d.relation())).orElse("root");
        String governor = up.map(d -> s.tokens().get(d.head()).lowerLemma()).orElse("-");
        String preposition = caseOf(s, node);
        f.add("erel=" + relation);
        f.add("gov=" + governor);
        f.add("erel|gov=" + relation + "|" + governor);
        f.add("case=" + preposition);
        f.add("case|gov=" + preposition + "|" + governor);
        up.flatMap(d -> s.headOf(d.head())).ifPresent(d2 -> {
            f.add("gov2=" + s.tokens().get(d2.head()).lowerLemma());
            f.add("rel2=" + base(d2.relation()));
        });
    }

    /** The incident words of the sentence: their types, whether one governs the mention, how far the nearest is. */
    private static void incidentWords(Sentence s, ActorMention m, List<IncidentWord> hits, List<String> f) {
        if (hits.isEmpty()) {
            f.add("no-incident-word");
            return;
        }
        int nearest = Integer.MAX_VALUE;
        boolean after = false;
        for (IncidentWord h : hits) {
            f.add("incident=" + h.type());
            int distance = h.token() < m.firstToken() ? m.firstToken() - h.token() : h.token() - m.lastToken();
            if (distance < nearest) {
                nearest = distance;
                after = h.token() > m.lastToken();
            }
            int node = headOf(s, m);
            for (int steps = 0; steps < 4; steps++) {
                Optional<Dependency> up = s.headOf(node);
                if (up.isEmpty()) {
                    break;
                }
                node = up.get().head();
                if (node == h.token()) {
                    f.add("governed-by-incident=" + steps);
                    f.add("governed-by|rel=" + base(s.headOf(headOf(s, m)).map(Dependency::relation).orElse("root")));
                    break;
                }
            }
        }
        f.add("incident-distance=" + bucket(nearest, 0, 3, 8, 15));
        f.add("incident-word-" + (after ? "after" : "before"));
    }

    private static boolean isSourceOfAFrame(ActorMention m, List<Frame> frames) {
        for (Frame fr : frames) {
            if (fr.source().flatMap(src -> src.span()).map(sp -> sp.start() <= m.span().start()
                    && m.span().end() <= sp.end()).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** The token of the mention whose governor lies outside it. */
    private static int headOf(Sentence s, ActorMention m) {
        for (int i = m.lastToken(); i >= m.firstToken(); i--) {
            Optional<Dependency> up = s.headOf(i);
            if (up.isEmpty() || up.get().head() < m.firstToken() || up.get().head() > m.lastToken()) {
                return i;
            }
        }
        return m.lastToken();
    }

    private static String caseOf(Sentence s, int token) {
        for (Dependency d : s.childrenOf(token)) {
            if (d.relation().equals("case")) {
                return s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
            }
        }
        return "-";
    }

    /** "nmod:poss" -> "nmod". */
    private static String base(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    private static String word(Sentence s, int i) {
        if (i < 0) {
            return "<s>";
        }
        if (i >= s.tokens().size()) {
            return "</s>";
        }
        return s.tokens().get(i).word().toLowerCase(Locale.ROOT);
    }

    /** The largest bound not above {@code value}, as a label ("3+"), or the first bound for smaller values. */
    static String bucket(int value, int... bounds) {
        String label = String.valueOf(bounds[0]);
        for (int b : bounds) {
            if (value >= b) {
                label = b + "+";
            }
        }
        return label;
    }
}
