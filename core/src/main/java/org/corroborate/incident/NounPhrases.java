package org.corroborate.incident;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.actor.ActorKind;
import org.corroborate.actor.ActorMention;
import org.corroborate.nlp.Dependency;
import org.corroborate.nlp.EntityType;
import org.corroborate.nlp.PartOfSpeech;
import org.corroborate.nlp.Sentence;
import org.corroborate.nlp.Token;
import org.corroborate.report.Span;
import org.corroborate.report.Status;

/** The words that name a party, target or weapon, written the way incident records cite them. */
final class NounPhrases {

    private NounPhrases() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Nouns whose "of X" belongs to the name of a party: "members of the armed forces". */
    private static final Set<String> OF_HEADS = Set.of("member", "group", "column", "unit", "commando", "squad",
            "band", "cell", "officer", "soldier", "agent", "troop", "element");

    /**
     * Nouns for premises and vehicles whose "of X" or possessor says whose they are: "the offices of the labor
     * unions", "the house of Judge X", "President Cristiani's residence".
     */
    private static final Set<String> PREMISES_OF_HEADS = Set.of("office", "house", "home", "residence",
            "headquarters", "branch", "building", "premises", "facility", "installation", "vehicle", "car");

    /** Words that say there were more than one without counting them: "several", "some", "other". */
    private static final Set<String> VAGUE_QUANTIFIERS = Set.of("several", "some", "other", "many", "various",
            "numerous", "few", "certain", "multiple");

    /**
     * Words that count or pick out some of a target's kind, and are no part of its name: "several houses", "both
     * buildings", "the second office".
     */
    private static final Set<String> QUANTIFIERS = union(VAGUE_QUANTIFIERS, Set.of("both", "all", "each", "another",
            "first", "second", "third", "last", "next"));

    /** Units of a weapon's bore: the number before them names the weapon ("9 mm pistol"), it does not count it. */
    private static final Set<String> BORE_UNITS = Set.of("mm", "millimeter", "millimetre", "caliber", "calibre");

    /**
     * Adjectives of size, strength, age or nearness that describe a target or weapon rather than name it: "a large
     * gas station", "a powerful bomb".
     */
    private static final Set<String> SIZE_WORDS = Set.of("large", "small", "big", "huge", "modest", "old", "new",
            "nearby", "neighboring", "neighbouring", "adjacent", "little", "tall", "powerful");

    /** Verbs by which reports describe unnamed attackers: "two men wearing military uniforms", "riding a bike". */
    private static final Set<String> DRESS_VERBS = Set.of("wear", "dress", "ride");

    /**
     * Words of the article's doubt, which the party's status records (see {@link #hedged}) rather than its name:
     * "alleged urban guerrillas".
     */
    private static final Map<String, Status> HEDGES = Map.of("alleged", Status.ALLEGED, "purported",
            Status.ALLEGED, "reported", Status.REPORTED, "presumed", Status.SPECULATED, "suspected",
            Status.SPECULATED, "supposed", Status.SPECULATED, "apparent", Status.SPECULATED, "possible",
            Status.SPECULATED, "presumable", Status.SPECULATED, "probable", Status.SPECULATED);

    /**
     * The status of a description headed by noun {@code head}: the sentence's, unless the sentence asserts it and a
     * hedge before the noun says otherwise ("alleged guerrillas" are ALLEGED).
     */
    static Status hedged(Status status, Sentence s, int head) {
        if (status != Status.ASSERTED) {
            return status;
        }
        for (Dependency d : s.childrenOf(head)) {
            if (d.dependent() < head && d.is("amod")) {
                Status hedge = HEDGES.get(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT));
                if (hedge != null) {
                    return hedge;
                }
            }
        }
        return status;
    }

    /**
     * The words that name a target or weapon: the noun with the adjectives and compounds before it ("public buses"),
     * but not what counts it ("several public buses", "two vehicles": records give the count apart), and for
     * premises and groups their "of" complement ("the offices of the labor unions"); never relative clauses or
     * participles after it.
     */
    static Span bareNounPhrase(String text, Sentence s, int head) {
        return nounPhrase(text, s, head, false);
    }

    /**
     * The words of an organization mention that name the organization, without the people of it that the mention
     * ends in: "Salvadoran army troops" -> "Salvadoran army", "police agents" -> "police" (the people are a party of
     * their own).
     */
    static Span organization(String text, Sentence s, ActorMention m, IncidentLexicon lexicon) {
        int last = m.lastToken();
        // Not the generic "group" or "force": they are part of names ("Armed Forces", "Extraditables group"); nor a
        // noun for people that the tagger finds inside an organization's name ("the National Guard").
        while (last > m.firstToken() && (lexicon.isVictimNoun(s.tokens().get(last).lowerLemma())
                || lexicon.isPerpetratorNoun(s.tokens().get(last).lowerLemma())) && !insideAName(s, last)) {
            last--;
        }
        if (last == m.lastToken()) {
            return m.span();
        }
        return Span.of(text, s.tokens().get(m.firstToken()).start(), s.tokens().get(last).end());
    }

    /** Whether token {@code k} is in an organization's name that begins before it: "Guard" in "National Guard". */
    private static boolean insideAName(Sentence s, int k) {
        return s.entityAt(k).filter(e -> e.type() == EntityType.ORGANIZATION && e.firstToken() < k).isPresent();
    }

    /**
     * The last token of word {@code k}'s subtree (which ends at {@code end}) before its first conjunct, place or
     * bracketed short form: "the offices of the labor unions and houses of opposition members", "the offices of the
     * court in Lima" and "the offices of the National Union Federation (FENASTRAS)" end at "unions", "court" and
     * "Federation".
     */
    private static int beforeConjuncts(Sentence s, int k, int end) {
        for (Dependency d : s.childrenOf(k)) {
            boolean place = d.is("nmod") && (s.markerOf(d.dependent()).equals("in")
                    || s.markerOf(d.dependent()).equals("at"));
            if ((d.is("conj") || place) && d.dependent() > k) {
                int stop = s.subtreeBounds(d.dependent())[0] - 1;
                while (stop > k && (s.tokens().get(stop).pos() == PartOfSpeech.CCONJ
                        || s.tokens().get(stop).pos() == PartOfSpeech.ADP
                        || s.tokens().get(stop).pos() == PartOfSpeech.PUNCT)) {
                    stop--;
                }
                end = Math.min(end, stop);
                break;
            }
        }
        // A short form in round brackets ends it; an expansion in square ones, a translator's note, is part of it.
        for (int b = k + 1; b <= end; b++) {
            if (s.tokens().get(b).word().equals("(")) {
                return b - 1;
            }
        }
        return end;
    }

    /** Whether token {@code i} is followed by a unit of bore: "9" in "9 mm". */
    private static boolean beforeBoreUnit(Sentence s, int i) {
        return i + 1 < s.tokens().size() && boreUnit(s.tokens().get(i + 1));
    }

    /** Whether a token is a unit of a weapon's bore: "mm", "caliber". */
    private static boolean boreUnit(Token t) {
        return BORE_UNITS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** Adverbs that say how many: "about", "at least", "more than". */
    private static final Set<String> COUNT_ADVERBS = Set.of("about", "almost", "nearly", "approximately", "around",
            "roughly", "some", "over", "least", "most", "more", "less", "fewer", "up", "only", "just", "barely");

    /** Whether adverb {@code i} (with subtree {@code sub}) says how many: "about 20 men", not "particularly men". */
    private static boolean counts(Sentence s, int i, int[] sub) {
        if (COUNT_ADVERBS.contains(s.tokens().get(i).lowerLemma())) {
            return true;
        }
        for (int k = sub[0]; k <= sub[1]; k++) {
            if (s.tokens().get(k).pos() == PartOfSpeech.NUM) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} is joined to the next word by a hyphen: "11" in "the 11-floor building". */
    private static boolean beforeHyphen(Sentence s, int i) {
        return i + 1 < s.tokens().size() && s.tokens().get(i + 1).word().equals("-")
                && s.tokens().get(i + 1).start() == s.tokens().get(i).end();
    }

    /** Whether a word counts out things rather than names them: "two", "several", "other". */
    private static boolean countsOut(Token t) {
        return t.pos() == PartOfSpeech.NUM || QUANTIFIERS.contains(t.lowerLemma());
    }

    /**
     * The phrase of a group of people, with its count and what they wear or ride: "five soldiers", "more than seven
     * people", "two men wearing military uniforms".
     */
    static Span peoplePhrase(String text, Sentence s, int head) {
        return nounPhrase(text, s, head, true);
    }

    /**
     * Attackers described: the phrase of a group of people without a vague quantifier before it ("several armed
     * individuals" are "armed individuals", as the MUC-4 keys write them; a number stays, "two men", and so does
     * "some" before one, "some 20 men"), and without the name of the armed group they belong to before a noun that
     * names attackers by itself: "FMLN urban guerrillas" are "urban guerrillas", the FMLN being a perpetrator of its
     * own; "Shining Path members" and "an FMLN column" keep the name, without which they say nothing. (On the MUC-4
     * DEV texts, 20 phrases so cut match the keys' individual perpetrators where the whole did not, and 3 no longer
     * do.)
     *
     * @param mentions the actor mentions of the sentence
     */
    static Span attackersPhrase(String text, Sentence s, int head, List<ActorMention> mentions,
                                IncidentLexicon lexicon) {
        Span phrase = peoplePhrase(text, s, head);
        int first = s.tokenAt(phrase.start());
        if (first >= 0 && first + 1 <= head && VAGUE_QUANTIFIERS.contains(s.tokens().get(first).lowerLemma())
                && s.tokens().get(first + 1).pos() != PartOfSpeech.NUM) {
            phrase = Span.of(text, s.tokens().get(first + 1).start(), phrase.end());
            first++;
        }
        String lemma = s.tokens().get(head).lowerLemma();
        if (!lexicon.isPerpetratorNoun(lemma) || UNITS.contains(lemma)) {
            return phrase;
        }
        for (ActorMention m : mentions) {
            if (m.firstToken() == first && m.lastToken() < head && m.form() == ActorMention.Form.NAME
                    && GROUPS.contains(m.kind()) && s.tokens().get(m.lastToken() + 1).pos() != PartOfSpeech.CCONJ) {
                return Span.of(text, s.tokens().get(m.lastToken() + 1).start(), phrase.end());
            }
        }
        return phrase;
    }

    /**
     * Whether a phrase headed by a noun for people describes no attackers: only "the group" or "those groups", words
     * that refer back to a group the article names ("the group has killed several people"); or people of no
     * attackers' noun that a participle of harm before them harms ("killing defenseless civilians", where the parse
     * takes "killing" for their adjective; "the attacking guerrillas" stay attackers).
     */
    static boolean describesNoAttackers(Sentence s, int head, Span phrase, IncidentLexicon lexicon) {
        int first = Math.max(0, s.tokenAt(phrase.start()));
        String lemma = s.tokens().get(head).lowerLemma();
        boolean attackersNoun = lexicon.isPerpetratorNoun(lemma) || lexicon.isAttackingOrganizationNoun(lemma);
        if (!attackersNoun && harmParticipleAmong(s, first, head - 1)) {
            return true;
        }
        if (!lemma.equals("group")) {
            return false;
        }
        for (int k = first; k < head; k++) {
            if (s.tokens().get(k).pos() != PartOfSpeech.DET) {
                return false;
            }
        }
        return s.tokenAt(phrase.end() - 1) <= head;
    }

    /** Whether a participle of a harm verb ("killing", "kidnapping") stands among tokens {@code from..to}. */
    private static boolean harmParticipleAmong(Sentence s, int from, int to) {
        for (int k = from; k <= to; k++) {
            Token t = s.tokens().get(k);
            boolean participle = t.word().toLowerCase(Locale.ROOT).endsWith("ing");
            if (participle && ViolenceWords.HARM_VERBS.contains(t.lowerLemma())) {
                return true;
            }
        }
        return false;
    }

    /** The kinds of actor whose members are named after it: "FMLN guerrillas", "Shining Path terrorists". */
    private static final Set<ActorKind> GROUPS = Set.of(ActorKind.ARMED_GROUP, ActorKind.POLITICAL_PARTY);

    /** Nouns for attackers that name a unit of an armed group rather than its people: "an FMLN column". */
    private static final Set<String> UNITS = Set.of("column", "squad");

    private static Span nounPhrase(String text, Sentence s, int head, boolean withCount) {
        int first = head;
        int last = head;
        for (Dependency d : s.childrenOf(head)) {
            int[] sub = s.subtreeBounds(d.dependent());
            boolean count = d.is("nummod") || d.is("obl:npmod") || (d.is("advmod") && counts(s, d.dependent(), sub));
            boolean owner = d.relation().equals("nmod:poss") && !withCount && sub[1] - sub[0] <= 4
                    && s.tokens().get(d.dependent()).pos() != PartOfSpeech.PRON
                    && PREMISES_OF_HEADS.contains(s.tokens().get(head).lowerLemma());
            boolean bore = d.is("nummod") && beforeBoreUnit(s, d.dependent());
            // "shot dead two judges": "dead" tells what the shooting did, not which judges.
            boolean shotDead = d.is("amod") && FigureReader.deadAfterVerb(s, d.dependent());
            boolean modifier = (d.is("amod") && !shotDead) || d.is("compound") || owner || bore;
            if (d.dependent() < head && (modifier || (withCount && count))) {
                first = Math.min(first, sub[0]);
            } else if (withCount && d.dependent() > head && d.is("acl") && sub[1] - head <= 7
                    && DRESS_VERBS.contains(s.tokens().get(d.dependent()).lowerLemma())) {
                last = Math.max(last, sub[1]);
            } else if (d.dependent() > head && d.is("nmod") && s.markerOf(d.dependent()).equals("of")) {
                sub[1] = beforeConjuncts(s, d.dependent(), sub[1]);
                String lemma = s.tokens().get(head).lowerLemma();
                if ((OF_HEADS.contains(lemma) && sub[1] - head <= 12)
                        || (!withCount && PREMISES_OF_HEADS.contains(lemma) && sub[1] - head <= 9)) {
                    last = Math.max(last, sub[1]);
                }
            }
        }
        while (first < head && (s.tokens().get(first).pos() == PartOfSpeech.PUNCT
                || s.tokens().get(first).pos() == PartOfSpeech.DET
                || HEDGES.containsKey(s.tokens().get(first).word().toLowerCase(Locale.ROOT))
                || (!withCount && ((countsOut(s.tokens().get(first)) && !beforeBoreUnit(s, first)
                        && !beforeHyphen(s, first))
                        || SIZE_WORDS.contains(s.tokens().get(first).lowerLemma()))))) {
            first++;
        }
        int[] whole = withoutBrokenBrackets(s, first, last, head);
        first = whole[0];
        last = whole[1];
        while (first < head && s.tokens().get(first).pos() == PartOfSpeech.PUNCT) {
            first++;
        }
        while (last > head && s.tokens().get(last).pos() == PartOfSpeech.PUNCT
                && !(s.tokens().get(last).tag().equals("-RRB-") && opensBetween(s, first, last))) {
            last--;
        }
        // A broken parse can put far words under the noun; keep the phrase local.
        if (head - first > 6) {
            first = head;
            for (int k = head - 1; k >= 0 && head - k <= 6; k--) {
                Token t = s.tokens().get(k);
                if (!(t.pos() == PartOfSpeech.ADJ || t.pos() == PartOfSpeech.NOUN || t.pos() == PartOfSpeech.PROPN
                        || (withCount && t.pos() == PartOfSpeech.NUM))) {
                    break;
                }
                first = k;
            }
            // "81-MM MORTARS" cut at the hyphen: a unit of bore without its number measures nothing.
            while (first < head && boreUnit(s.tokens().get(first))) {
                first++;
            }
        }
        return Span.of(text, s.tokens().get(first).start(), s.tokens().get(last).end());
    }

    /**
     * The words of target phrase {@code phrase} (headed by {@code head}) that name the target, without the
     * nationality or country before them that says whose it is: "the Salvadoran consulate" -> "consulate", "U.S.
     * embassy" -> "embassy"; a phrase that is one name stays whole ("Salvadoran Workers National Union Federation").
     * The MUC-4 keys leave nationalities out of every string slot but the individual perpetrators' (NIST's
     * scoring-guidelines, 3.1.1.1: the nation has slots of its own); the target's evidence keeps the whole phrase.
     */
    static Span withoutNation(String text, Sentence s, Span phrase, int head) {
        if (s.entityAt(head).isPresent()) {
            return phrase;
        }
        int first = s.tokenAt(phrase.start());
        int k = first;
        while (k >= 0 && k < head && (s.tokens().get(k).pos() == PartOfSpeech.PUNCT || s.entityAt(k)
                .filter(e -> e.type() == EntityType.NATIONALITY || e.type() == EntityType.COUNTRY).isPresent())) {
            k++;
        }
        return k == first ? phrase : Span.of(text, s.tokens().get(k).start(), phrase.end());
    }

    /**
     * Tokens first..last of a phrase headed by {@code head} without a bracket the phrase opens or closes but does not
     * hold whole ("[TEXT] GUERRILLAS", "THE FMLN [FARABUNDO ..."): a bracket is part of a phrase only whole, as in "ELN
     * [ARMY OF NATIONAL LIBERATION] GUERRILLAS".
     */
    private static int[] withoutBrokenBrackets(Sentence s, int first, int last, int head) {
        int open = -1;
        for (int k = first; k <= last; k++) {
            String tag = s.tokens().get(k).tag();
            if (tag.equals("-LRB-") && open < 0) {
                open = k;
            } else if (tag.equals("-RRB-") && open >= 0) {
                open = -1;
            } else if (tag.equals("-RRB-") && k < head) {
                first = k + 1;
            } else if (tag.equals("-RRB-")) {
                last = k - 1;
                break;
            }
        }
        if (open > head) {
            last = open - 1;
        } else if (open >= 0 && open < head) {
            first = open + 1;
        }
        return new int[] {first, last};
    }

    /** Whether a bracket opens among tokens from..to - 1. */
    private static boolean opensBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.tokens().get(k).tag().equals("-LRB-")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> VEHICLE_CARRIERS = Set.of("vehicle", "car", "truck", "van", "motorcycle",
            "bicycle", "bus", "lorry");

    /** Nouns that measure out a weapon: "5 kg of dynamite", "charges of dynamite". */
    private static final Set<String> WEAPON_MEASURES = Set.of("kg", "kilogram", "kilo", "pound", "lb", "ton",
            "tonne", "gram", "quintal", "stick", "box", "crate", "barrel", "sack", "bag", "charge", "package");
    /** Nouns that a weapon word turns into a weapon: "dynamite charge", "molotov cocktails", "rocket launchers". */
    private static final Set<String> WEAPON_HEADS = Set.of("charge", "stick", "cocktail", "launcher", "device",
            "package", "belt");

    /**
     * The phrase that names a weapon: the bare noun phrase, headed by the noun a weapon word makes a weapon
     * ("dynamite charge", "molotov cocktails"), with the measure it comes in ("5 kg of dynamite"); "a vehicle
     * loaded with explosives" keeps its carrier.
     */
    static Span weaponPhrase(String text, Sentence s, int i) {
        if (i >= 3 && s.tokens().get(i - 1).word().equalsIgnoreCase("with")
                && s.tokens().get(i - 2).lowerLemma().matches("load|pack|fill|rig")
                && VEHICLE_CARRIERS.contains(s.tokens().get(i - 3).lowerLemma())) {
            return Span.of(text, s.tokens().get(i - 3).start(), s.tokens().get(i).end());
        }
        int head = modifiesWeaponHead(s, i) ? s.headOf(i).orElseThrow().head() : i;
        Span phrase = bareNounPhrase(text, s, head);
        Optional<Dependency> of = s.headOf(head);
        if (of.isPresent() && of.get().is("nmod") && s.markerOf(head).equals("of") && of.get().head() < head
                && WEAPON_MEASURES.contains(s.tokens().get(of.get().head()).lowerLemma())) {
            int measure = of.get().head();
            Span measured = weaponCount(text, s, measure, Span.of(text, s.tokens().get(measure).start(),
                    s.tokens().get(measure).end()));
            return Span.of(text, measured.start(), phrase.end());
        }
        return phrase;
    }

    /**
     * Whether word {@code i} makes the noun it modifies a weapon: "dynamite" in "dynamite charge", "explosive" in
     * "explosive devices".
     */
    static boolean modifiesWeaponHead(Sentence s, int i) {
        Optional<Dependency> up = s.headOf(i);
        return up.isPresent() && (up.get().is("compound") || up.get().is("amod")) && up.get().head() > i
                && up.get().head() - i <= 3 && WEAPON_HEADS.contains(s.tokens().get(up.get().head()).lowerLemma());
    }

    /** The phrase extended to a number counting its head: "5 kg"; not "several". */
    private static Span weaponCount(String text, Sentence s, int head, Span phrase) {
        for (Dependency d : s.childrenOf(head)) {
            if (d.is("nummod") && d.dependent() < head && s.tokens().get(d.dependent()).pos() == PartOfSpeech.NUM
                    && s.tokens().get(d.dependent()).start() < phrase.start()) {
                return Span.of(text, s.tokens().get(d.dependent()).start(), phrase.end());
            }
        }
        return phrase;
    }
}
