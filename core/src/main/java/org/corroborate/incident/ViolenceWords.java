package org.corroborate.incident;

import java.util.Set;
import org.corroborate.nlp.Sentence;

/** The verbs and nouns of violence that decide who did it and what was hit. */
final class ViolenceWords {

    static final Set<String> HARM_VERBS = Set.of("kill", "murder", "injure", "wound", "kidnap", "abduct",
            "take", "hold", "detain", "seize", "execute", "massacre", "shoot", "hurt", "capture", "assassinate",
            "attack", "slay", "behead", "torture");

    static final Set<String> ATTACK_VERBS = Set.of("attack", "capture", "bomb", "burn", "destroy", "blow",
            "hit", "strike", "ambush", "block", "storm", "raid", "set", "torch", "dynamite", "damage", "drive", "ram",
            "occur", "target", "explode", "detonate", "place", "plant", "hurl", "throw", "fire", "sabotage", "loot",
            "occupy", "seize");

    /** Verbs whose agent is the perpetrator though they name no violence: "perpetrated by", "carried out by". */
    static final Set<String> AGENT_VERBS = Set.of("perpetrate", "carry", "commit", "gun", "stage",
            "order", "mastermind", "plan");

    /** Verbs of taking, which harm people ("seized hostages") but also take things ("seized rifles"). */
    static final Set<String> TAKING_VERBS = Set.of("take", "hold", "seize", "capture", "detain");

    /** Nouns of harm whose "of X" names the victim: "the murder of X". */
    static final Set<String> HARM_NOUNS = Set.of("murder", "assassination", "killing", "kidnapping",
            "abduction", "death", "execution", "massacre", "attack", "release", "disappearance");

    private final IncidentLexicon lexicon;

    ViolenceWords(IncidentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether the verb at {@code token} tells of violence, so that its subject or "by" agent is a perpetrator. */
    boolean violent(Sentence s, int token) {
        String lemma = s.tokens().get(token).lowerLemma();
        if (TAKING_VERBS.contains(lemma)) {
            return false;
        }
        return HARM_VERBS.contains(lemma) || ATTACK_VERBS.contains(lemma) || AGENT_VERBS.contains(lemma)
                || lexicon.trigger(lemma).isPresent() || wentOff(s, token);
    }

    /** "the bomb went off at the bank": the bank is where the violence happened. */
    static boolean wentOff(Sentence s, int token) {
        return s.tokens().get(token).lowerLemma().equals("go") && s.childrenOf(token).stream().anyMatch(d
                -> d.relation().equals("compound:prt") && s.tokens().get(d.dependent()).word().equalsIgnoreCase("off"));
    }
}
