package org.corroborate.incident;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corroborate.nlp.Dependency;
import org.corroborate.nlp.Sentence;
import org.corroborate.nlp.Token;
import org.corroborate.report.Span;

/** Reads what an incident hit (targets, with their GTD type) and with what (weapons, unless seized or found). */
final class TargetReader {

    /** Prepositions of a route: "a train from Quetta to Peshawar" was not attacked in Quetta or Peshawar. */
    static final Set<String> ROUTE_MARKERS = Set.of("from", "to", "towards", "toward");
    private static final Set<String> VEHICLES = Set.of("train", "bus", "plane", "aircraft", "airliner", "flight",
            "ship", "ferry", "vessel", "boat", "coach");

    private final IncidentLexicon lexicon;
    private final ViolenceWords violence;

    TargetReader(IncidentLexicon lexicon, ViolenceWords violence) {
        this.lexicon = lexicon;
        this.violence = violence;
    }

    /** Adds the targets and weapons that sentence {@code s} names to {@code g}. */
    void read(String text, Sentence s, IncidentFacts g) {
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            Optional<String> targetType = lexicon.targetHead(t);
            if (targetType.isPresent() && t.isNoun() && attacked(s, i) && !noTarget(lexicon, s, i)) {
                Span np = NounPhrases.bareNounPhrase(text, s, i);
                String gtd = modifierType(s, i).orElse(targetType.get());
                String key = t.lowerLemma();
                Target previous = g.targets.get(key);
                if (previous == null || previous.evidence().text().length() < np.text().length()) {
                    g.targets.put(key, new Target(NounPhrases.withoutNation(text, s, np, i).text(),
                            Optional.of(gtd), np));
                }
                g.vehicleTarget |= VEHICLES.contains(t.lowerLemma());
            }
            Optional<String> weaponType = lexicon.weapon(t);
            if (weaponType.isEmpty()) {
                weaponType = genericWeaponUsed(s, i);
            }
            if (weaponType.isPresent() && (t.isNoun() || NounPhrases.modifiesWeaponHead(s, i)
                    || modifiesIncidentWord(s, i)) && !seized(s, i)
                    && !handlersTrade(s, i)) {
                Span np = NounPhrases.weaponPhrase(text, s, i);
                Weapon weapon = new Weapon(np.text(), Optional.of(weaponType(np, weaponType.get())), np, used(s, i));
                // The first mention is kept, told used if any mention tells so.
                g.weapons.merge(np.text().toLowerCase(Locale.ROOT), weapon, (first, later) -> later.toldUsed()
                        && !first.toldUsed() ? new Weapon(first.text(), first.gtdWeaponType(), first.evidence(), true)
                        : first);
            }
        }
    }

    /** Words for weapons of any kind, weapons of an incident only when it is told they were used: "fired weapons". */
    private static final Set<String> GENERIC_WEAPONS = Set.of("weapon");

    /** A word for weapons of any kind, told used, as GTD's "Unknown" weapon: "fired automatic weapons". */
    private Optional<String> genericWeaponUsed(Sentence s, int i) {
        Token t = s.tokens().get(i);
        return GENERIC_WEAPONS.contains(t.lowerLemma()) && t.isNoun() && used(s, i) ? Optional.of("Unknown")
                : Optional.empty();
    }

    /** Words for road vehicles, which a bomb they carry is named after: "a car bomb", "a truck-bomb". */
    private static final Set<String> ROAD_VEHICLES = Set.of("vehicle", "car", "truck", "van", "jeep", "bus",
            "motorcycle", "lorry");

    /**
     * The GTD weapon type of a weapon phrase: a vehicle bomb when a road vehicle carries or names the explosives ("a
     * vehicle loaded with explosives", "a car bomb", "truck-bomb").
     */
    static String weaponType(Span phrase, String headType) {
        String[] words = phrase.text().toLowerCase(Locale.ROOT).split("[\\s-]+");
        return headType.equals("Explosives") && Arrays.stream(words).anyMatch(ROAD_VEHICLES::contains)
                ? "Explosives (vehicle)" : headType;
    }

    /** Prepositions that put a target where the violence happened: "exploded at the bank". */
    private static final Set<String> TARGET_MARKERS = Set.of("", "on", "at", "against", "into", "in", "near",
            "outside", "inside", "to", "onto");

    /** Nouns for roads, which are targets when blocked or blown up but places when the violence is on them. */
    private static final Set<String> ROADS = Set.of("road", "highway", "street", "avenue", "motorway", "freeway");

    /** Those whose trade is weapons, and the verb for it: "bomb squad", "explosives experts". */
    private static final Set<String> HANDLERS = Set.of("squad", "expert", "specialist", "brigade", "unit",
            "technician", "team", "personnel", "disposal", "detection", "division", "section", "specialize");

    /** Words for the middle of a place. */
    private static final Set<String> MIDDLES = Set.of("center", "centre", "heart", "middle");

    /** Verbs that set off an explosive: "set off a mine", "detonated the charge". */
    private static final Set<String> DETONATION_VERBS = Set.of("detonate", "explode", "activate", "trip",
            "trigger");

    /**
     * Whether a noun that may be a weapon is set off here: "two peasants set off a mine" tells of a landmine, not of
     * a mine (the pit) hit.
     */
    private static boolean detonated(IncidentLexicon lexicon, Sentence s, int i) {
        return lexicon.weapon(s.tokens().get(i)).isPresent() && setOff(s, i);
    }

    /** Whether word {@code i} is what a verb sets off: "set off a mine", "the charge was detonated". */
    private static boolean setOff(Sentence s, int i) {
        Optional<Dependency> head = s.headOf(i);
        if (head.isEmpty() || !(head.get().is("obj") || head.get().relation().equals("nsubj:pass"))) {
            return false;
        }
        int verb = head.get().head();
        String lemma = s.tokens().get(verb).lowerLemma();
        return DETONATION_VERBS.contains(lemma) || (lemma.equals("set") && s.childrenOf(verb).stream()
                .anyMatch(d -> d.is("compound:prt") && s.tokens().get(d.dependent()).lowerLemma().equals("off")));
    }

    /**
     * Whether noun {@code i}, though a word for a target, is here no target at all: a road travelled on, the middle
     * of a place, an explosive set off, or the vehicle of a vehicle bomb ("a bus bomb").
     */
    static boolean noTarget(IncidentLexicon lexicon, Sentence s, int i) {
        return roadTravelled(s, i) || middleOfAPlace(s, i) || detonated(lexicon, s, i) || vehicleOfABomb(lexicon, s, i);
    }

    /** "a bus bomb": the vehicle that carried the bomb, which a compound makes part of the weapon's name. */
    private static boolean vehicleOfABomb(IncidentLexicon lexicon, Sentence s, int i) {
        return s.headOf(i).filter(d -> d.is("compound"))
                .map(d -> lexicon.weapon(s.tokens().get(d.head())).isPresent()).orElse(false);
    }

    /** "in the center of Bogota": where it happened, not a center that was hit ("the cultural center"). */
    private static boolean middleOfAPlace(Sentence s, int i) {
        return MIDDLES.contains(s.tokens().get(i).lowerLemma()) && s.markerOf(i).equals("in")
                && s.childrenOf(i).stream().anyMatch(d -> d.is("nmod") && s.markerOf(d.dependent()).equals("of"));
    }

    /** "burned three vehicles on the highway": a road the violence happened on is where, not what, it hit. */
    private static boolean roadTravelled(Sentence s, int i) {
        String marker = s.markerOf(i);
        return ROADS.contains(s.tokens().get(i).lowerLemma()) && (marker.equals("on") || marker.equals("in"));
    }

    /**
     * Whether weapon word {@code i} names the trade of those who deal with weapons, not a weapon used: "the bomb
     * squad", "explosives experts", "police personnel specializing in explosives".
     */
    static boolean handlersTrade(Sentence s, int i) {
        return s.headOf(i).filter(d -> d.is("compound") || d.is("amod") || d.is("nmod") || d.is("obl"))
                .map(d -> HANDLERS.contains(s.tokens().get(d.head()).lowerLemma())).orElse(false);
    }

    /** Verbs of finding and taking: weapons seized or found were not used. */
    static final Set<String> SEIZURE_VERBS = Set.of("seize", "confiscate", "find", "discover", "recover",
            "capture", "hand", "surrender", "store", "buy", "sell", "smuggle", "possess", "carry", "include");

    /**
     * Whether the target noun at {@code i} is what the incident hit: the object or passive subject of a verb of
     * violence, or placed by a preposition at, on, in or against it or a word for the incident ("bomb at the bank").
     */
    private boolean attacked(Sentence s, int i) {
        Optional<Dependency> head = s.headOf(i);
        if (head.isEmpty()) {
            return false;
        }
        int governor = head.get().head();
        String marker = s.markerOf(i);
        if (ROUTE_MARKERS.contains(marker) && !marker.equals("to")) {
            return false;
        }
        boolean verbTarget = (head.get().is("obj") || head.get().relation().equals("nsubj:pass")
                || (head.get().is("obl") && TARGET_MARKERS.contains(marker)))
                && (violence.violent(s, governor)
                    || ViolenceWords.TAKING_VERBS.contains(s.tokens().get(governor).lowerLemma()));
        boolean nounTarget = head.get().is("nmod") && (TARGET_MARKERS.contains(marker) || marker.equals("of"))
                && !marker.isEmpty()
                && (lexicon.trigger(s.tokens().get(governor).lowerLemma()).isPresent()
                    || lexicon.weapon(s.tokens().get(governor).lowerLemma()).isPresent());
        boolean conjunct = head.get().is("conj") && attacked(s, governor);
        // "drove a vehicle loaded with explosives into a convoy": whatever is driven or thrown into it.
        boolean rammed = head.get().is("obl") && marker.equals("into");
        return verbTarget || nounTarget || conjunct || rammed;
    }

    private Optional<String> modifierType(Sentence s, int i) {
        for (Dependency d : s.childrenOf(i)) {
            if (d.is("compound") || d.is("amod")) {
                Optional<String> type = lexicon.targetModifier(s.tokens().get(d.dependent()).word());
                if (type.isPresent()) {
                    return type;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether weapon word {@code i}, tagged as an adjective, says with what the incident word it modifies was done:
     * "killed in a machinegun attack" (in capitals the tagger often takes such a weapon for an adjective).
     */
    private boolean modifiesIncidentWord(Sentence s, int i) {
        return s.headOf(i).filter(d -> d.is("amod") && d.head() == i + 1)
                .map(d -> lexicon.trigger(s.tokens().get(d.head()).lowerLemma()).isPresent()).orElse(false);
    }

    /** Verbs of using a weapon on someone: "fired rockets", "explosives were used". */
    private static final Set<String> FIRING_VERBS = Set.of("fire", "use");

    /** Verbs by which a vehicle or a device carries explosives: "loaded with", "packed with", "containing". */
    private static final Set<String> CARRYING_VERBS = Set.of("load", "pack", "rig", "fill", "stuff", "contain",
            "lade", "carry");

    /**
     * Whether weapon word {@code i} is told as used in so many words: it names the incident ("a bomb attack", "the
     * dynamite explosion"), it went off ("a bomb exploded", "the charge went off"), it was set, thrown, fired or used
     * ("placed a bomb", "a grenade was hurled", "fired rockets", "explosives were used"), the violence was done with
     * it ("attacked the post with explosives"), or a device or vehicle so used carried it ("a car bomb containing 300
     * kg of dynamite").
     */
    private boolean used(Sentence s, int i) {
        Optional<Dependency> up = s.headOf(i);
        if (up.isEmpty()) {
            return false;
        }
        int governor = up.get().head();
        // "300 kg of dynamite": the measure stands for what it measures.
        if (up.get().is("nmod") && s.markerOf(i).equals("of") && s.childrenOf(governor).stream()
                .anyMatch(d -> d.is("nummod"))) {
            return used(s, governor);
        }
        // "a car bomb containing 300 kg of dynamite", "a vehicle loaded with explosives": used with what carried it.
        boolean carried = CARRYING_VERBS.contains(s.tokens().get(governor).lowerLemma())
                && (up.get().is("obj") || s.markerOf(i).equals("with"));
        Optional<Dependency> carrier = carried ? s.headOf(governor).filter(d -> d.is("acl")) : Optional.empty();
        if (carrier.isPresent()) {
            return used(s, carrier.get().head());
        }
        Token g = s.tokens().get(governor);
        String relation = up.get().relation();
        boolean incidentNoun = g.isNoun() && lexicon.trigger(g.lowerLemma()).isPresent();
        if ((relation.equals("compound") || relation.equals("amod")) && incidentNoun) {
            return true;
        }
        String verb = g.lowerLemma();
        if (relation.equals("nsubj") && (DETONATION_VERBS.contains(verb) || ViolenceWords.wentOff(s, governor))) {
            return true;
        }
        if (setOff(s, i) || ((relation.equals("obj") || relation.equals("nsubj:pass"))
                && (TriggerFinder.PLACING_VERBS.contains(verb) || FIRING_VERBS.contains(verb)))) {
            return true;
        }
        return s.markerOf(i).equals("with") && (incidentNoun || violence.violent(s, governor));
    }

    /** "an M-16 rifle was seized", "soldiers found explosives": a weapon taken or found, not used. */
    private static boolean seized(Sentence s, int i) {
        int current = i;
        for (int step = 0; step < 3; step++) {
            Optional<Dependency> head = s.headOf(current);
            if (head.isEmpty()) {
                return false;
            }
            if (SEIZURE_VERBS.contains(s.tokens().get(head.get().head()).lowerLemma())) {
                return true;
            }
            if (!(head.get().is("conj") || head.get().is("nmod") || head.get().is("compound"))) {
                return false;
            }
            current = head.get().head();
        }
        return false;
    }
}
