package org.corroborate.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corroborate.nlp.Dependency;
import org.corroborate.nlp.PartOfSpeech;
import org.corroborate.nlp.Sentence;
import org.corroborate.nlp.TimeMention;
import org.corroborate.nlp.Token;
import org.corroborate.report.Status;
import org.corroborate.statement.Frame;

/**
 * Finds the words that report a specific incident: a word of the trigger list that is not a generic plural, not
 * habitual, not under a modal or a condition, not an infinitive of purpose, not a figure of speech, not recalled
 * history ("Let us recall ...").
 */
final class TriggerFinder {

    private final IncidentLexicon lexicon;
    private final ViolenceWords violence;

    TriggerFinder(IncidentLexicon lexicon, ViolenceWords violence) {
        this.lexicon = lexicon;
        this.violence = violence;
    }

    private static final Set<String> HABITUAL = Set.of("long", "repeatedly", "often", "frequently", "continuously",
            "regularly", "constantly", "usually", "routinely");

    private static final Set<String> OPERATION_MODIFIERS = Set.of("military", "security", "clearance",
            "counter-terrorism", "counterterrorism", "counterinsurgency", "counter-insurgency", "search",
            "mopping-up", "police", "army");

    /** Adjectives that make an incident word a figure of speech: "a social explosion", "a political bombshell". */
    private static final Set<String> FIGURATIVE = Set.of("social", "political", "economic", "demographic",
            "popular", "verbal", "media", "diplomatic", "legal");

    List<IncidentWord> hits(Sentence s, List<Frame> frames) {
        List<IncidentWord> hits = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            Optional<IncidentLexicon.Trigger> trigger = triggerAt(s, i);
            if (trigger.isEmpty() || !partOfSpeechMatches(t, trigger.get().partOfSpeech())) {
                continue;
            }
            IncidentType type = trigger.get().type();
            if (!specific(s, i, type, frames)) {
                continue;
            }
            hits.add(new IncidentWord(s.index(), i, type, anaphoric(s, i)));
        }
        return hits;
    }

    /** The trigger word at {@code i}: a phrasal verb with its particle ("blew up"), else the word's lemma. */
    private Optional<IncidentLexicon.Trigger> triggerAt(Sentence s, int i) {
        Token t = s.tokens().get(i);
        if (t.isVerb()) {
            for (Dependency d : s.childrenOf(i)) {
                if (d.relation().equals("compound:prt")) {
                    Optional<IncidentLexicon.Trigger> phrasal = lexicon.trigger(
                            t.lowerLemma() + " " + s.tokens().get(d.dependent()).word());
                    if (phrasal.isPresent()) {
                        return phrasal;
                    }
                }
            }
        }
        return lexicon.trigger(t.lowerLemma()).or(() -> placedWeapon(s, i)).or(() -> terroristAct(s, i))
                .or(() -> shotDead(s, i))
                .or(() -> ViolenceWords.fire(s, i).map(type -> new IncidentLexicon.Trigger(type, "verb")))
                .or(() -> violence.releasedByCaptors(s, i)
                        ? Optional.of(new IncidentLexicon.Trigger(IncidentType.KIDNAPPING, "verb")) : Optional.empty());
    }

    /** Verbs that set a bomb where it is to go off, or an incendiary where it is to burn. */
    static final Set<String> PLACING_VERBS = Set.of("place", "plant", "leave", "hurl", "throw", "launch",
            "toss", "lob", "set");

    /**
     * "placed a charge of dynamite under a bus", "several explosive devices were planted", "two explosive devices
     * went off": setting an explosive, or its going off, reports a bombing, though no word of the list does; an
     * incendiary thrown or set ("hurled molotov cocktails at the embassy") reports arson.
     */
    private Optional<IncidentLexicon.Trigger> placedWeapon(Sentence s, int i) {
        Token t = s.tokens().get(i);
        boolean wentOff = ViolenceWords.wentOff(s, i);
        if (!t.isVerb() || !(PLACING_VERBS.contains(t.lowerLemma()) || wentOff)) {
            return Optional.empty();
        }
        for (Dependency d : s.childrenOf(i)) {
            boolean placed = d.is("obj") || d.relation().equals("nsubj:pass") || (wentOff && d.is("nsubj"));
            if (placed && weaponOf(s, d.dependent(), "Explosives")) {
                return Optional.of(new IncidentLexicon.Trigger(IncidentType.BOMBING, "verb"));
            }
            if (placed && !wentOff && weaponOf(s, d.dependent(), "Incendiary")) {
                return Optional.of(new IncidentLexicon.Trigger(IncidentType.ARSON_SABOTAGE, "verb"));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a noun, or the word that makes it a weapon ("explosive devices", "charge of dynamite", "molotov
     * cocktails"), is a weapon whose GTD type starts with {@code type}.
     */
    private boolean weaponOf(Sentence s, int noun, String type) {
        if (weaponWord(s.tokens().get(noun), type)) {
            return true;
        }
        for (Dependency d : s.childrenOf(noun)) {
            boolean modifier = d.is("amod") || d.is("compound")
                    || (d.is("nmod") && s.markerOf(d.dependent()).equals("of"));
            if (modifier && weaponWord(s.tokens().get(d.dependent()), type)) {
                return true;
            }
        }
        return false;
    }

    private boolean weaponWord(Token t, String type) {
        return lexicon.weapon(t).map(w -> w.startsWith(type)).orElse(false);
    }

    /** What gunfire leaves: "died of gunshot wounds", "riddled with bullets". */
    private static final Set<String> GUNSHOT_WORDS = Set.of("gunshot", "bullet", "wound", "shot");

    /** "X died of gunshot wounds", "six Jesuits riddled with bullets": a death by gunfire is an armed assault. */
    private static Optional<IncidentLexicon.Trigger> shotDead(Sentence s, int i) {
        Token t = s.tokens().get(i);
        if (!t.isVerb() || !(t.lowerLemma().equals("die") || t.lowerLemma().equals("riddle"))) {
            return Optional.empty();
        }
        for (Dependency d : s.childrenOf(i)) {
            if (d.is("obl") && GUNSHOT_WORDS.contains(s.tokens().get(d.dependent()).lowerLemma())) {
                return Optional.of(new IncidentLexicon.Trigger(IncidentType.ARMED_ASSAULT, "verb"));
            }
        }
        return Optional.empty();
    }

    /** "the terrorist act against Soviet fishermen": an act the article calls terrorist is an attack. */
    private static Optional<IncidentLexicon.Trigger> terroristAct(Sentence s, int i) {
        Token t = s.tokens().get(i);
        if (!t.isNoun() || !(t.lowerLemma().equals("act") || t.lowerLemma().equals("action"))) {
            return Optional.empty();
        }
        for (Dependency d : s.childrenOf(i)) {
            boolean modifier = d.is("amod") || d.is("compound");
            if (modifier && s.tokens().get(d.dependent()).lowerLemma().startsWith("terrorist")) {
                return Optional.of(new IncidentLexicon.Trigger(IncidentType.ARMED_ASSAULT, "noun"));
            }
        }
        return Optional.empty();
    }

    /** Modals that, before a perfect, guess at what happened ("may have been"); "could have" is most often unreal. */
    private static final Set<String> CONJECTURE_MODALS = Set.of("may", "might", "must");

    /**
     * Whether a hedge is a modal of the perfect, a guess about what happened rather than a hypothesis: "this may have
     * been a terrorist attack" (the incident is SPECULATED; "may attack" is none, and "the bomb could have killed
     * hundreds" tells of what did not happen).
     */
    private static boolean pastConjecture(Sentence s, Frame f) {
        int modal = f.cueFirst();
        return modal == f.cueLast() && s.isModalBeforeVerb(modal) && modal + 2 < s.tokens().size()
                && CONJECTURE_MODALS.contains(s.tokens().get(modal).word().toLowerCase(Locale.ROOT))
                && s.tokens().get(modal + 1).lowerLemma().equals("have") && s.tokens().get(modal + 2).isPastParticiple();
    }

    private static boolean partOfSpeechMatches(Token t, String partOfSpeech) {
        return switch (partOfSpeech) {
            case "noun" -> t.isNoun() && t.pos() != PartOfSpeech.PRON;
            case "verb" -> t.isVerb();
            default -> (t.isNoun() && t.pos() != PartOfSpeech.PRON) || t.isVerb();
        };
    }

    /** Whether the trigger at {@code i} names a specific happening rather than a class, a habit or a hypothesis. */
    private boolean specific(Sentence s, int i, IncidentType type, List<Frame> frames) {
        Token t = s.tokens().get(i);
        for (Frame f : frames) {
            if (!f.attributing() && f.covers(i) && f.status() != Status.RUMOURED && !pastConjecture(s, f)) {
                return false;
            }
        }
        if (i > 0 && s.tokens().get(i - 1).word().equalsIgnoreCase("to") && t.isVerb()) {
            return false;
        }
        if (demandedToStop(s, i) || (type == IncidentType.ROBBERY && describesGoods(s, i))) {
            return false;
        }
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (HABITUAL.contains(s.tokens().get(k).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        if (type == IncidentType.HOSTAGE_BARRICADE && !takenHostage(s, i)) {
            return false;
        }
        if (t.lowerLemma().equals("operation") && !hasModifier(s, i, OPERATION_MODIFIERS)) {
            return false;
        }
        if (t.lowerLemma().equals("threat") && !threatAgainstSomeone(s, i)) {
            return false;
        }
        if (t.lowerLemma().equals("threaten") && !threatensViolence(s, i)) {
            return false;
        }
        if (figurative(s, i) || recalled(s)) {
            return false;
        }
        if ("NNS".equals(t.tag()) && !specificPlural(s, i, frames)) {
            return false;
        }
        // "placed 11 bombs": what is placed is the explosive, not an incident, so the verb stays the trigger.
        return !(t.isVerb() && !PLACING_VERBS.contains(t.lowerLemma()) && objectIsIncident(s, i));
    }

    /** Verbs that ask for violence to end: "stop bombing civilian targets", "cease the attacks". */
    private static final Set<String> STOP_VERBS = Set.of("stop", "cease", "end", "halt", "quit");

    /**
     * Whether trigger {@code i} is what someone is told or offers to stop, the verb in its base form ("stop bombing
     * civilian targets", "that the government stop the attacks", "offered to end its attacks"): a demand, not a report
     * of one incident. "The guerrillas ended the attack" tells of one.
     */
    private static boolean demandedToStop(Sentence s, int i) {
        // Also right after the verb, where a broken parse makes the trigger a compound: "STOP BOMBING CIVILIAN
        // TARGETS", "cease the attacks".
        int before = i > 1 && s.tokens().get(i - 1).pos() == PartOfSpeech.DET ? i - 2 : i - 1;
        return s.headOf(i).filter(d -> d.is("obj") || d.is("xcomp")).map(Dependency::head)
                .or(() -> Optional.of(before).filter(k -> k >= 0))
                .map(k -> s.tokens().get(k))
                .map(verb -> STOP_VERBS.contains(verb.lowerLemma()) && (verb.tag().equals("VB")
                        || verb.tag().equals("VBP")))
                .orElse(false);
    }

    /** "stolen cars", "stolen weapons": the participle says what the goods are, not that a theft is reported. */
    private static boolean describesGoods(Sentence s, int i) {
        return s.tokens().get(i).isPastParticiple() && s.headOf(i).filter(d -> d.is("amod")).isPresent();
    }

    /** "execute terrorist attacks", "carry out bombings": the noun is the trigger, not the verb. */
    private boolean objectIsIncident(Sentence s, int i) {
        for (Dependency d : s.childrenOf(i)) {
            if (d.is("obj") && lexicon.trigger(s.tokens().get(d.dependent()).lowerLemma()).isPresent()) {
                return true;
            }
        }
        for (int k = i + 1; k <= Math.min(s.tokens().size() - 1, i + 3); k++) {
            Token next = s.tokens().get(k);
            if (next.isNoun() && lexicon.trigger(next.lowerLemma()).isPresent()) {
                return true;
            }
            if (!(next.pos() == PartOfSpeech.ADJ || next.pos() == PartOfSpeech.DET)) {
                break;
            }
        }
        return false;
    }

    /**
     * What only words can attack: "attacked the government's wage policy", "an attack on the new law", "criminals
     * attacking peace and democracy", "attacks on the freedom of expression". Criticism or a figure, not violence.
     */
    private static final Set<String> ABSTRACT_OBJECTS = Set.of("policy", "policies", "plan", "proposal", "decision",
            "law", "bill", "measure", "reform", "budget", "statement", "remark", "comment", "speech", "report", "idea",
            "stance", "view", "record", "agreement", "accord", "program", "programme", "strategy",
            "initiative", "ruling", "verdict", "claim", "criticism", "attitude", "approach", "handling", "move",
            "democracy", "peace", "freedom", "sovereignty", "constitution", "dignity", "credibility", "reputation",
            "right");

    private static boolean figurative(Sentence s, int i) {
        boolean attack = s.tokens().get(i).lowerLemma().equals("attack");
        for (Dependency d : s.childrenOf(i)) {
            String lemma = s.tokens().get(d.dependent()).lowerLemma();
            if (d.is("amod") && FIGURATIVE.contains(lemma)) {
                return true;
            }
            boolean attacked = d.is("obj") || (d.is("nmod") && s.markerOf(d.dependent()).equals("on"));
            if (attack && attacked && ABSTRACT_OBJECTS.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** "Let us recall the explosion of the airliner": history told for context, not news. */
    private static boolean recalled(Sentence s) {
        StringBuilder start = new StringBuilder();
        for (int k = 0; k < Math.min(4, s.tokens().size()); k++) {
            start.append(s.tokens().get(k).word().toLowerCase(Locale.ROOT)).append(' ');
        }
        String opening = start.toString();
        return opening.startsWith("let us recall") || opening.startsWith("let us remember")
                || opening.startsWith("let 's recall") || opening.startsWith("let 's remember")
                || opening.startsWith("it will be recalled") || opening.startsWith("it should be recalled");
    }

    /** "the attacks", "responsibility for attacks on 39 locations" are specific; "terrorist attacks" are a class. */
    private static boolean specificPlural(Sentence s, int i, List<Frame> frames) {
        for (Dependency d : s.childrenOf(i)) {
            String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (d.is("nummod")) {
                return false;
            }
            if (d.is("det") && Set.of("the", "these", "those", "both").contains(w)) {
                return true;
            }
            if (d.is("nmod:poss")) {
                return true;
            }
        }
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (s.tokens().get(k).lowerLemma().equals("responsibility")) {
                return true;
            }
        }
        for (Frame f : frames) {
            if (f.covers(i) && f.status() == Status.CLAIMED) {
                return true;
            }
        }
        // "conducted raids", "launched military operations": the object of a past, accomplished act; "bombs were set
        // off": its passive subject.
        Optional<Dependency> head = s.headOf(i);
        if (head.isPresent() && (head.get().is("obj") || head.get().relation().equals("nsubj:pass"))) {
            String tag = s.tokens().get(head.get().head()).tag();
            return tag.equals("VBD") || tag.equals("VBN");
        }
        return false;
    }

    /**
     * Whether the verb "threaten" at {@code i} threatens violence: what it threatens to do, when it says, is an
     * incident word or done to one ("threatened to kill him", "threatened to launch attacks"), not a campaign, a
     * resignation or a cut in aid ("threatened to launch a worldwide campaign to discredit El Salvador");
     * "threatened the judge" and "threatening them with hand grenades" are threats of violence.
     */
    private boolean threatensViolence(Sentence s, int i) {
        for (Dependency d : s.childrenOf(i)) {
            if (d.is("xcomp")) {
                int act = d.dependent();
                return (violence.violent(s, act) && lexicon.trigger(s.tokens().get(act).lowerLemma()).isPresent())
                        || s.childrenOf(act).stream().anyMatch(o -> o.is("obj") && violence.violent(s, o.dependent()));
            }
        }
        return true;
    }

    /** Verbs by which a threat reaches someone: "received death threats", "made threats against the judge". */
    private static final Set<String> THREAT_VERBS = Set.of("receive", "make", "issue", "send");

    /**
     * Whether the noun "threat" at {@code i} is one made against someone ("death threats", "threats against the
     * judge", "received threats"), not a danger in general ("a threat to the region", "the terrorist threat").
     */
    private static boolean threatAgainstSomeone(Sentence s, int i) {
        for (Dependency d : s.childrenOf(i)) {
            boolean death = (d.is("compound") || d.is("amod"))
                    && s.tokens().get(d.dependent()).lowerLemma().equals("death");
            if (death || (d.is("nmod") && s.markerOf(d.dependent()).equals("against"))) {
                return true;
            }
        }
        return s.headOf(i).filter(d -> d.is("obj"))
                .map(d -> THREAT_VERBS.contains(s.tokens().get(d.head()).lowerLemma())).orElse(false);
    }

    static boolean takenHostage(Sentence s, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            String lemma = s.tokens().get(k).lowerLemma();
            if (lemma.equals("take") || lemma.equals("hold") || lemma.equals("seize")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasModifier(Sentence s, int i, Set<String> modifiers) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (modifiers.contains(s.tokens().get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (int k = Math.max(0, i - 3); k < i; k++) {
            String lemma = s.tokens().get(k).lowerLemma();
            if (lemma.equals("conduct") || lemma.equals("launch") || lemma.equals("carry")) {
                return true;
            }
        }
        return false;
    }

    /** "this attack", "the bombing": a definite singular that refers back to an incident already reported. */
    private static boolean anaphoric(Sentence s, int i) {
        Token t = s.tokens().get(i);
        if (!t.isNoun() || "NNS".equals(t.tag()) || i == 0) {
            return false;
        }
        int k = i - 1;
        while (k > 0 && s.tokens().get(k).pos() == PartOfSpeech.ADJ) {
            k--;
        }
        String det = s.tokens().get(k).word().toLowerCase(Locale.ROOT);
        return det.equals("this") || det.equals("that") || (det.equals("the") && !hasDateOrPlaceAfter(s, i));
    }

    private static boolean hasDateOrPlaceAfter(Sentence s, int i) {
        for (TimeMention t : s.times()) {
            if (Math.abs(t.firstToken() - i) <= 6) {
                return true;
            }
        }
        for (Dependency d : s.childrenOf(i)) {
            if (d.is("nmod") && s.entityAt(d.dependent()).map(e -> e.type().isPlace()).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
