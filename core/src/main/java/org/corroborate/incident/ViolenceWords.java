package org.corroborate.incident;

import java.util.Optional;
import java.util.Set;
import org.corroborate.nlp.Dependency;
import org.corroborate.nlp.PartOfSpeech;
import org.corroborate.nlp.Sentence;
import org.corroborate.nlp.Token;

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
                || lexicon.trigger(lemma).isPresent() || wentOff(s, token) || fire(s, token).isPresent();
    }

    /** Whether {@code d}, a dependent of a verb, names who does it: the active subject or the "by" agent. */
    static boolean isAgent(Sentence s, Dependency d) {
        return d.relation().equals("nsubj") || (d.is("obl") && s.markerOf(d.dependent()).equals("by"));
    }

    /** "the bomb went off at the bank": the bank is where the violence happened. */
    static boolean wentOff(Sentence s, int token) {
        return s.tokens().get(token).lowerLemma().equals("go") && s.childrenOf(token).stream().anyMatch(d
                -> d.relation().equals("compound:prt") && s.tokens().get(d.dependent()).word().equalsIgnoreCase("off"));
    }

    /** What is fired at someone: "fired shots", "fired rockets at the post". */
    private static final Set<String> FIRED_WORDS = Set.of("shot", "round", "bullet", "gun", "weapon", "rifle",
            "machinegun", "rocket", "missile", "grenade", "mortar", "volley", "burst");

    /** Where shots are aimed: "fired at", "fired on", "opened fire on". */
    private static final Set<String> AIMED = Set.of("at", "on", "upon", "against", "into");

    /**
     * Fire as an act of violence, though "fire" alone is not one ("fired on Monday", "a fire broke out"):
     * "opened fire on the bus" and "fired on the crowd", "fired shots at the students" are an armed assault (the
     * verb is the trigger, as it governs who fired and at what); "set fire to the offices" and "set the bus on fire"
     * are arson.
     */
    static Optional<IncidentType> fire(Sentence s, int token) {
        Token t = s.tokens().get(token);
        if (!t.isVerb()) {
            return Optional.empty();
        }
        String lemma = t.lowerLemma();
        for (Dependency d : s.childrenOf(token)) {
            Token child = s.tokens().get(d.dependent());
            String marker = s.markerOf(d.dependent());
            boolean fireNoun = child.isNoun() && child.lowerLemma().equals("fire");
            boolean aimed = d.is("obl") && AIMED.contains(marker) && s.timeAt(d.dependent()).isEmpty();
            boolean firedWhat = d.is("obj") && FIRED_WORDS.contains(child.lowerLemma());
            if (lemma.equals("fire") && (aimed || firedWhat)) {
                return Optional.of(IncidentType.ARMED_ASSAULT);
            }
            if (lemma.equals("open") && d.is("obj") && fireNoun) {
                return Optional.of(IncidentType.ARMED_ASSAULT);
            }
            if (lemma.equals("set") && fireNoun && (d.is("obj") || (d.is("obl") && marker.equals("on")))) {
                return Optional.of(IncidentType.ARSON_SABOTAGE);
            }
        }
        return Optional.empty();
    }

    /**
     * "the engineers were released today by the guerrillas", "the subversives freed two hostages": people let go by
     * attackers had been kidnapped; the verb reports the kidnapping and those it frees are its victims. People
     * released by a court or the police ("released for lack of evidence") were not, and a thing released ("the
     * rebels released a communique") is no victim.
     */
    boolean releasedByCaptors(Sentence s, int token) {
        Token t = s.tokens().get(token);
        if (!t.isVerb() || !(t.lowerLemma().equals("release") || t.lowerLemma().equals("free"))) {
            return false;
        }
        boolean captors = false;
        boolean people = false;
        for (Dependency d : s.childrenOf(token)) {
            Token child = s.tokens().get(d.dependent());
            captors |= isAgent(s, d) && lexicon.isPerpetratorNoun(child.lowerLemma());
            boolean released = d.is("obj") || d.relation().equals("nsubj:pass");
            people |= released && (child.pos() == PartOfSpeech.PROPN || child.lowerLemma().equals("hostage")
                    || lexicon.isPeopleNoun(child.lowerLemma()));
        }
        return people && (captors || byCaptorsAfter(s, token));
    }

    /** "released yesterday by the guerrillas", the agent hung elsewhere by the parse: "by" and attackers close by. */
    private boolean byCaptorsAfter(Sentence s, int verb) {
        for (int k = verb + 1; k < Math.min(s.tokens().size(), verb + 4); k++) {
            if (s.tokens().get(k).word().equalsIgnoreCase("by")) {
                for (int j = k + 1; j < Math.min(s.tokens().size(), k + 4); j++) {
                    if (lexicon.isPerpetratorNoun(s.tokens().get(j).lowerLemma())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
