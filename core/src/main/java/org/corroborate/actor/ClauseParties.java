package org.corroborate.actor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corroborate.nlp.Dependency;
import org.corroborate.nlp.PartOfSpeech;
import org.corroborate.nlp.Sentence;
import org.corroborate.nlp.Token;

/**
 * Finds the actors that fill the roles around a predicate word in one sentence. The dependency parse is used when
 * it points at an actor; otherwise the token sequence decides: the subject is the nearest actor before the word that
 * is not governed by a preposition or a verb ("about the Taliban", "access India") and not a possessor
 * ("Pakistan's strength"); "members of X" and "militants of X" stand for X.
 */
public final class ClauseParties {

    /** Nouns for the people of an organization: "leaders of the BLA" acts as the BLA. */
    private static final Set<String> MEMBER_NOUNS = Set.of("member", "members", "leader", "leaders", "militant",
            "militants", "fighter", "fighters", "cadre", "cadres", "commander", "commanders", "operative",
            "operatives", "activist", "activists", "gunman", "gunmen", "guerrilla", "guerrillas", "terrorist",
            "terrorists", "rebel", "rebels", "soldier", "soldiers", "troops", "unit", "units");

    private final Sentence sentence;
    private final List<ActorMention> mentions;

    public ClauseParties(Sentence sentence, List<ActorMention> mentions) {
        this.sentence = sentence;
        this.mentions = mentions.stream().filter(ActorMention::canBeParty).toList();
    }

    /** The mention covering {@code token}, if any. */
    public Optional<ActorMention> at(int token) {
        for (ActorMention m : mentions) {
            if (m.covers(token)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The actor in the noun phrase headed by {@code head}: the head itself, "members of X", "groups like X". */
    public Optional<ActorMention> inPhrase(int head) {
        Optional<ActorMention> direct = at(head);
        if (direct.isPresent()) {
            return direct;
        }
        int[] bounds = sentence.subtreeBounds(head);
        for (ActorMention m : mentions) {
            if (m.firstToken() >= bounds[0] && m.lastToken() <= bounds[1] && m.firstToken() > head) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The subject of the predicate word at {@code token}, by the rules in the class comment. */
    public Optional<ActorMention> subjectOf(int token) {
        for (Dependency d : sentence.childrenOf(token)) {
            if (d.is("nsubj") && !d.relation().equals("nsubj:pass")) {
                Optional<ActorMention> m = at(d.dependent());
                if (m.isPresent()) {
                    return m;
                }
                if (MEMBER_NOUNS.contains(lower(d.dependent()))) {
                    Optional<ActorMention> of = inPhrase(d.dependent());
                    if (of.isPresent()) {
                        return of;
                    }
                }
            }
        }
        Optional<ActorMention> accused = accusedOf(token);
        if (accused.isPresent()) {
            return accused;
        }
        return nearestEligibleBefore(token);
    }

    /** "accused X of V-ing", "blamed X for V-ing": X is the subject of V. */
    private Optional<ActorMention> accusedOf(int token) {
        int k = token - 1;
        while (k >= 0 && sentence.tokens().get(k).pos() == PartOfSpeech.ADV) {
            k--;
        }
        if (k < 1 || !(lower(k).equals("of") || lower(k).equals("for"))) {
            return Optional.empty();
        }
        Optional<ActorMention> before = at(k - 1);
        if (before.isPresent() && before.get().firstToken() > 0) {
            String verb = sentence.tokens().get(before.get().firstToken() - 1).lowerLemma();
            if (Set.of("accuse", "blame", "suspect", "charge", "implicate").contains(verb)) {
                return before;
            }
        }
        return Optional.empty();
    }

    /** The nearest mention before {@code token} that can be a subject. */
    public Optional<ActorMention> nearestEligibleBefore(int token) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            if (m.lastToken() >= token || crossesClause(m.lastToken(), token)) {
                continue;
            }
            if (canBeSubject(m)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The first mention after {@code token} within its clause, skipping those introduced by {@code skipMarkers}. */
    public Optional<ActorMention> firstAfter(int token, Set<String> skipMarkers) {
        for (ActorMention m : mentions) {
            if (m.firstToken() <= token || crossesClause(token, m.firstToken())) {
                continue;
            }
            String marker = prepositionBefore(m.firstToken()).orElse("");
            // "Pakistan's strength" is not Pakistan; "Pakistan's armed forces" is, and its mention spans the forces.
            if (skipMarkers.contains(marker) || isPossessor(m)) {
                continue;
            }
            return Optional.of(m);
        }
        return Optional.empty();
    }

    /** Whether the mention is placed where a subject goes: not after a preposition or verb, not a possessor. */
    public boolean canBeSubject(ActorMention m) {
        if (isPossessor(m)) {
            return false;
        }
        Optional<String> preposition = prepositionBefore(m.firstToken());
        if (preposition.isPresent()) {
            return preposition.get().equals("of") && memberNounBefore(m.firstToken());
        }
        int before = previousContentToken(m.firstToken());
        return before < 0 || !sentence.tokens().get(before).isVerb();
    }

    /** Whether the mention is the object of a verb or of "with"/"to": "provided Pakistan", "contact with the BLA". */
    public boolean isObject(ActorMention m) {
        if (isPossessor(m)) {
            return false;
        }
        Optional<String> preposition = prepositionBefore(m.firstToken());
        if (preposition.isPresent()) {
            return preposition.get().equals("with") || preposition.get().equals("to");
        }
        int before = previousContentToken(m.firstToken());
        return before >= 0 && sentence.tokens().get(before).isVerb();
    }

    /** The preposition directly before a mention (skipping articles, quotes and adjectives), if any. */
    public Optional<String> prepositionBefore(int first) {
        int k = previousContentToken(first);
        if (k < 0) {
            return Optional.empty();
        }
        Token t = sentence.tokens().get(k);
        if ("IN".equals(t.tag()) || "TO".equals(t.tag())) {
            return Optional.of(t.word().toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    private boolean memberNounBefore(int first) {
        int of = previousContentToken(first);
        int noun = of - 1;
        return noun >= 0 && MEMBER_NOUNS.contains(lower(noun));
    }

    /** The index of the nearest token before {@code index} that is not an article, quote, bracket or adjective. */
    private int previousContentToken(int index) {
        int k = index - 1;
        while (k >= 0) {
            Token t = sentence.tokens().get(k);
            boolean skip = t.pos() == PartOfSpeech.DET || t.pos() == PartOfSpeech.ADJ
                    || t.isQuote() || t.word().equals("(")
                    || t.word().equals("-LRB-");
            if (!skip) {
                return k;
            }
            k--;
        }
        return -1;
    }

    private boolean isPossessor(ActorMention m) {
        int next = m.lastToken() + 1;
        return next < sentence.tokens().size() && (sentence.tokens().get(next).word().equals("'s")
                || sentence.tokens().get(next).word().equals("'"));
    }

    private boolean crossesClause(int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, sentence.tokens().size()); k++) {
            String w = sentence.tokens().get(k).word();
            if (w.equals(";") || w.equals(":")) {
                return true;
            }
        }
        return false;
    }

    private String lower(int token) {
        return sentence.tokens().get(token).word().toLowerCase(Locale.ROOT);
    }
}
