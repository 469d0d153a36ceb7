package org.corroborate.actor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.nlp.AnalyzedText;
import org.corroborate.nlp.Dependency;
import org.corroborate.nlp.Entity;
import org.corroborate.nlp.EntityType;
import org.corroborate.nlp.PartOfSpeech;
import org.corroborate.nlp.Sentence;
import org.corroborate.nlp.TextCase;
import org.corroborate.nlp.Token;
import org.corroborate.report.Span;

/**
 * Finds actor mentions sentence by sentence: registry names and aliases (longest match first), demonyms before
 * institution nouns, named entities the registry lacks, quoted unit names, and definite descriptions ("the
 * organization") resolved to the last armed group mentioned before them.
 */
public final class ActorMentionFinder {

    /** Nouns that make a demonym stand for its state: "Pakistani forces", "the Indian government". */
    private static final Set<String> INSTITUTIONS = Set.of("government", "military", "army", "force", "troops",
            "troop", "soldier", "police", "authority", "ministry", "official", "intelligence", "agency", "navy",
            "embassy", "congress", "parliament", "president", "administration", "state", "regime", "security",
            "cabinet", "minister", "spokesman", "spokesperson", "establishment", "armed", "paramilitary", "air");

    /** Head nouns of definite descriptions that refer back to an armed group or organization. */
    private static final Set<String> ANAPHOR_NOUNS = Set.of("organization", "organisation", "group", "outfit",
            "movement", "militia");

    /** Head words that make a quoted title-case phrase an organization: "Fatih Unit". */
    private static final Set<String> ORGANIZATION_HEADS = Set.of("unit", "brigade", "battalion", "army", "front",
            "organization", "organisation", "movement", "wing", "group", "command", "force", "forces", "party",
            "squad", "commando", "cell", "council", "committee", "alliance");

    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "from", "into", "across", "inside");

    /**
     * Words that a name recognised in upper-case text can run into ("VINICIO CEREZO TODAY SAID"): the day words and
     * auxiliaries that truecasing capitalises next to a name. They are no part of it.
     */
    private static final Set<String> NOT_OF_NAMES = Set.of("today", "tonight", "yesterday", "tomorrow", "would",
            "shall", "has", "have", "had", "is", "was");

    /** "CRISTIANI WILL HAVE TO": an auxiliary after a name, though a first name before one ("Will Smith"). */
    private static final String WILL = "will";

    private final ActorRegistry registry;

    public ActorMentionFinder(ActorRegistry registry) {
        this.registry = registry;
    }

    /** Mentions per sentence, in token order; the outer list is indexed like {@code text.sentences()}. */
    public List<List<ActorMention>> find(AnalyzedText text) {
        List<List<ActorMention>> all = new ArrayList<>();
        List<String> people = new ArrayList<>();
        Set<String> places = placeNames(text);
        ActorMention lastGroup = null;
        for (Sentence sentence : text.sentences()) {
            List<ActorMention> mentions = new ArrayList<>();
            boolean upper = isUpperCase(text.text(), sentence);
            registryAndDemonyms(text.text(), sentence, upper, mentions);
            namedEntities(text.text(), sentence, mentions, people, places);
            quotedUnits(text.text(), sentence, mentions);
            stateForces(text.text(), sentence, mentions);
            mentions.sort(Comparator.comparingInt(ActorMention::firstToken));
            List<ActorMention> resolved = new ArrayList<>();
            for (ActorMention m : withAnaphors(text.text(), sentence, mentions, lastGroup)) {
                resolved.add(m);
                if (m.kind() == ActorKind.ARMED_GROUP
                        || (m.kind() == ActorKind.ORGANIZATION && m.form() == ActorMention.Form.NAME)) {
                    lastGroup = m;
                }
            }
            all.add(List.copyOf(resolved));
        }
        return all;
    }

    private void registryAndDemonyms(String text, Sentence sentence, boolean upper, List<ActorMention> out) {
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            if (tokens.get(i).pos() == PartOfSpeech.PUNCT) {
                // The lookup ignores punctuation, but a name does not start with it ('"THE MEDELLIN CARTEL').
                i++;
                continue;
            }
            Optional<RegistryMatch> match = registryName(text, sentence, i, upper);
            if (match.isPresent() && !isCapitalUsedAsPlace(sentence, i, match.get().end(), match.get().entry(), text)) {
                RegistryEntry matched = match.get().entry();
                int end = extendOverInstitution(sentence, match.get().end(), matched);
                out.add(mention(text, sentence, matched, ActorMention.Form.NAME, i, end));
                i = match.get().end() + 1;
                continue;
            }
            Optional<RegistryEntry> state = registry.byDemonym(tokens.get(i).word());
            if (state.isPresent()) {
                int institution = institutionAfter(sentence, i);
                // "Colombian Army of National Liberation guerrillas": the institution noun begins a longer name.
                if (institution > i && registryName(text, sentence, institution, upper).isEmpty()) {
                    out.add(mention(text, sentence, state.get(), ActorMention.Form.DEMONYM, i, institution));
                    i = institution + 1;
                    continue;
                }
            }
            i++;
        }
    }

    /** A registry name or alias and the token it ends at. */
    private record RegistryMatch(RegistryEntry entry, int end) {
    }

    /** The longest registry name or alias that starts at token {@code i}. */
    private Optional<RegistryMatch> registryName(String text, Sentence sentence, int i, boolean upper) {
        List<Token> tokens = sentence.tokens();
        RegistryMatch longest = null;
        int limit = Math.min(tokens.size() - 1, i + registry.longestAliasWords());
        for (int j = i; j <= limit; j++) {
            String surface = text.substring(tokens.get(i).start(), tokens.get(j).end());
            Optional<RegistryEntry> entry = registry.lookup(surface, !upper);
            if (entry.isPresent()) {
                longest = new RegistryMatch(entry.get(), j);
            }
        }
        return Optional.ofNullable(longest);
    }

    /** "U.S. troops": the name stays the mention's head, the institution noun joins its span. */
    private int extendOverInstitution(Sentence sentence, int end, RegistryEntry entry) {
        if (entry.kind() != ActorKind.STATE) {
            return end;
        }
        int institution = institutionAfter(sentence, end);
        return institution > end ? institution : end;
    }

    /** The index of an institution noun within three tokens after {@code token}, or -1. */
    private int institutionAfter(Sentence sentence, int token) {
        List<Token> tokens = sentence.tokens();
        for (int k = token + 1; k <= Math.min(tokens.size() - 1, token + 3); k++) {
            Token t = tokens.get(k);
            if (INSTITUTIONS.contains(t.lowerLemma()) && (t.isNoun() || t.pos() == org.corroborate.nlp.PartOfSpeech.ADJ
                    || t.lowerLemma().equals("armed"))) {
                int end = k;
                // "armed forces", "security forces", "air force": take the noun that follows the modifier.
                if (k + 1 < tokens.size() && tokens.get(k + 1).isNoun()
                        && INSTITUTIONS.contains(tokens.get(k + 1).lowerLemma())) {
                    end = k + 1;
                }
                boolean nounFollows = k + 1 < tokens.size() && tokens.get(k + 1).isNoun();
                if (t.isNoun() || end > k || !nounFollows) {
                    return end;
                }
            }
            if (!(t.pos() == org.corroborate.nlp.PartOfSpeech.ADJ || t.pos() == org.corroborate.nlp.PartOfSpeech.NOUN
                    || t.pos() == org.corroborate.nlp.PartOfSpeech.PROPN || "POS".equals(t.tag()))) {
                return -1;
            }
        }
        return -1;
    }

    /** "in Kabul": a capital named as a place, not as its government. */
    private boolean isCapitalUsedAsPlace(Sentence sentence, int first, int last, RegistryEntry entry, String text) {
        if (entry.kind() != ActorKind.STATE || first == 0) {
            return false;
        }
        String surface = text.substring(sentence.tokens().get(first).start(), sentence.tokens().get(last).end());
        boolean capital = !surface.equalsIgnoreCase(entry.name()) && !surface.equals(surface.toUpperCase(Locale.ROOT))
                && !entry.demonyms().contains(surface) && !surface.contains(" of ");
        return capital && LOCATIVES.contains(sentence.tokens().get(first - 1).lowerLemma());
    }

    /**
     * The names of several words that the article's entities tag as a city, province or country at least as often as
     * a person, lower-cased: "La Paz", a city in one sentence, is no person where another sentence's tagging takes it
     * for one. (A generic LOCATION does not count: the tagger gives it to the names of commandos named after people.)
     */
    private static Set<String> placeNames(AnalyzedText text) {
        Map<String, Integer> votes = new HashMap<>();
        for (Sentence sentence : text.sentences()) {
            for (Entity e : sentence.entities()) {
                boolean named = e.type() == EntityType.CITY || e.type() == EntityType.STATE_OR_PROVINCE
                        || e.type() == EntityType.COUNTRY;
                if (named || e.type() == EntityType.PERSON) {
                    votes.merge(e.text().toLowerCase(Locale.ROOT), named ? 1 : -1, Integer::sum);
                }
            }
        }
        Set<String> places = new HashSet<>();
        votes.forEach((name, vote) -> {
            if (vote >= 0 && name.contains(" ")) {
                places.add(name);
            }
        });
        return places;
    }

    private void namedEntities(String text, Sentence sentence, List<ActorMention> out, List<String> people,
                               Set<String> places) {
        for (Entity recognised : sentence.entities()) {
            Entity e = withoutOuterNonNames(text, sentence, recognised);
            if (overlapsAny(out, e.firstToken(), e.lastToken())) {
                continue;
            }
            ActorKind kind = switch (e.type()) {
                case ORGANIZATION -> ActorKind.ORGANIZATION;
                case PERSON -> ActorKind.PERSON;
                case COUNTRY -> ActorKind.STATE;
                default -> null;
            };
            if (kind == null || (e.type() == EntityType.PERSON && isEthnonymModifier(sentence, e))) {
                continue;
            }
            String name = stripArticle(e.text());
            if (kind == ActorKind.ORGANIZATION && looksLikeMedia(name)) {
                kind = ActorKind.MEDIA;
            } else if (kind == ActorKind.ORGANIZATION && namesStateForce(name)) {
                kind = ActorKind.STATE_AGENCY;
            } else if (kind == ActorKind.ORGANIZATION && looksArmed(name)) {
                kind = ActorKind.ARMED_GROUP;
            }
            if (kind == ActorKind.PERSON && (sentence.tokens().get(e.firstToken()).pos() == PartOfSpeech.PRON
                    || places.contains(name.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            if (kind == ActorKind.PERSON) {
                name = fullNameOf(name, people);
                people.add(name);
            }
            out.add(new ActorMention(name, kind, false, ActorMention.Form.NAME, Optional.empty(), sentence.index(),
                    e.firstToken(), e.lastToken(), Span.of(text, e.start(), e.end())));
        }
    }

    /** The entity without the words at its edges that are no part of a name ({@link #NOT_OF_NAMES}, a last "will"). */
    private static Entity withoutOuterNonNames(String text, Sentence sentence, Entity e) {
        int first = e.firstToken();
        int last = e.lastToken();
        while (last > first && (NOT_OF_NAMES.contains(sentence.tokens().get(last).word().toLowerCase(Locale.ROOT))
                || sentence.tokens().get(last).word().equalsIgnoreCase(WILL))) {
            last--;
        }
        while (first < last && NOT_OF_NAMES.contains(sentence.tokens().get(first).word().toLowerCase(Locale.ROOT))) {
            first++;
        }
        if (first == e.firstToken() && last == e.lastToken()) {
            return e;
        }
        int start = sentence.tokens().get(first).start();
        int end = sentence.tokens().get(last).end();
        return new Entity(e.type(), text.substring(start, end), start, end, first, last);
    }

    /** "Baloch people", "Baloch nationalist": a one-word PERSON that modifies a common noun names no person. */
    private boolean isEthnonymModifier(Sentence sentence, Entity e) {
        if (e.firstToken() != e.lastToken()) {
            return false;
        }
        Optional<Dependency> head = sentence.headOf(e.firstToken());
        boolean modifier = head.isPresent() && (head.get().is("compound") || head.get().is("amod"))
                && sentence.tokens().get(head.get().head()).pos() == org.corroborate.nlp.PartOfSpeech.NOUN;
        int next = e.lastToken() + 1;
        boolean beforeCommonWord = next < sentence.tokens().size()
                && Character.isLowerCase(sentence.tokens().get(next).word().charAt(0))
                && (sentence.tokens().get(next).pos() == org.corroborate.nlp.PartOfSpeech.NOUN
                    || sentence.tokens().get(next).pos() == org.corroborate.nlp.PartOfSpeech.ADJ);
        return modifier || beforeCommonWord;
    }

    /** Forces of a state named without their state: "the army", "the armed forces", "the national police". */
    private static final List<List<String>> STATE_FORCES = List.of(List.of("armed", "forces"), List.of("army"),
            List.of("air", "force"), List.of("navy"), List.of("national", "guard"), List.of("national", "police"),
            List.of("police"), List.of("military"), List.of("security", "forces"), List.of("government"));

    private void stateForces(String text, Sentence sentence, List<ActorMention> out) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            boolean the = tokens.get(i).word().equalsIgnoreCase("the");
            int first = the ? i + 1 : i;
            for (List<String> words : STATE_FORCES) {
                int last = first + words.size() - 1;
                if (last >= tokens.size() || overlapsAny(out, first, last)) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < words.size(); k++) {
                    match &= tokens.get(first + k).word().equalsIgnoreCase(words.get(k));
                }
                String next = last + 1 < tokens.size() ? tokens.get(last + 1).word().toLowerCase(Locale.ROOT) : "";
                boolean followedByOf = next.equals("of") || (last + 1 < tokens.size() && tokens.get(last + 1).isNoun());
                // "the army", and without an article before its members: "army troops", "police agents".
                boolean named = the ? !followedByOf : FORCE_MEMBERS.contains(next) && !precededByAName(tokens, i);
                if (match && named) {
                    String name = text.substring(tokens.get(first).start(), tokens.get(last).end());
                    out.add(new ActorMention(name.toLowerCase(Locale.ROOT), ActorKind.STATE_AGENCY, false,
                            ActorMention.Form.NAME, Optional.empty(), sentence.index(), first, last,
                            Span.of(text, tokens.get(first).start(), tokens.get(last).end())));
                    break;
                }
            }
        }
    }

    /** Nouns for members of a force, after which the force's name needs no article: "army troops". */
    private static final Set<String> FORCE_MEMBERS = Set.of("troops", "soldiers", "personnel", "members", "agents",
            "officers", "units", "patrol", "patrols", "men", "elements");

    /**
     * "Liberation Army troops", "Salvadoran army troops": a word of a name, a demonym or another noun before the
     * force's words makes them part of a longer name, found (or not) by other means.
     */
    private static boolean precededByAName(List<Token> tokens, int i) {
        PartOfSpeech before = i > 0 ? tokens.get(i - 1).pos() : PartOfSpeech.PUNCT;
        return before == PartOfSpeech.NOUN || before == PartOfSpeech.PROPN || before == PartOfSpeech.ADJ;
    }

    /** Quoted title-case names ending in an organization word: the "Fatih Unit". */
    private void quotedUnits(String text, Sentence sentence, List<ActorMention> out) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isOpeningQuote(tokens.get(i).word())) {
                continue;
            }
            int close = -1;
            for (int j = i + 1; j < Math.min(tokens.size(), i + 8); j++) {
                if (isClosingQuote(tokens.get(j).word())) {
                    close = j;
                    break;
                }
            }
            if (close < i + 2) {
                continue;
            }
            int first = i + 1;
            int last = close - 1;
            boolean titleCase = true;
            for (int k = first; k <= last; k++) {
                String w = tokens.get(k).word();
                titleCase &= Character.isUpperCase(w.charAt(0));
            }
            if (titleCase && ORGANIZATION_HEADS.contains(tokens.get(last).word().toLowerCase(Locale.ROOT))
                    && !overlapsAny(out, first, last)) {
                String name = text.substring(tokens.get(first).start(), tokens.get(last).end());
                ActorKind kind = looksArmed(name) ? ActorKind.ARMED_GROUP : ActorKind.ORGANIZATION;
                out.add(new ActorMention(name, kind, false, ActorMention.Form.NAME, Optional.empty(),
                        sentence.index(), first, last,
                        Span.of(text, tokens.get(first).start(), tokens.get(last).end())));
            }
        }
    }

    private List<ActorMention> withAnaphors(String text, Sentence sentence, List<ActorMention> mentions,
                                            ActorMention lastGroupBefore) {
        List<ActorMention> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        ActorMention lastGroup = lastGroupBefore;
        int next = 0;
        for (int i = 0; i < tokens.size(); i++) {
            while (next < mentions.size() && mentions.get(next).firstToken() <= i) {
                ActorMention m = mentions.get(next++);
                out.add(m);
                if (m.kind() == ActorKind.ARMED_GROUP || m.kind() == ActorKind.ORGANIZATION) {
                    lastGroup = m;
                }
            }
            String det = tokens.get(i).lowerLemma();
            if ((det.equals("the") || det.equals("this") || det.equals("that")) && i + 1 < tokens.size()
                    && ANAPHOR_NOUNS.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))
                    && lastGroup != null && !overlapsAny(mentions, i, i + 1) && !followedByName(tokens, i + 2)) {
                out.add(new ActorMention(lastGroup.actor(), lastGroup.kind(), lastGroup.registered(),
                        ActorMention.Form.ANAPHOR, lastGroup.country(), sentence.index(), i, i + 1,
                        Span.of(text, tokens.get(i).start(), tokens.get(i + 1).end())));
            }
        }
        while (next < mentions.size()) {
            out.add(mentions.get(next++));
        }
        out.sort(Comparator.comparingInt(ActorMention::firstToken));
        return out;
    }

    /** "the organization "Baloch Students Organization"": a description followed by the name it describes. */
    private static boolean followedByName(List<Token> tokens, int index) {
        int k = index;
        while (k < tokens.size() && isOpeningQuote(tokens.get(k).word())) {
            k++;
        }
        return k < tokens.size() && (tokens.get(k).lowerLemma().equals("of")
                || tokens.get(k).pos() == org.corroborate.nlp.PartOfSpeech.PROPN);
    }

    private ActorMention mention(String text, Sentence sentence, RegistryEntry entry, ActorMention.Form form,
                                 int first, int last) {
        Token a = sentence.tokens().get(first);
        Token b = sentence.tokens().get(last);
        return new ActorMention(entry.name(), entry.kind(), true, form, entry.country(), sentence.index(), first, last,
                Span.of(text, a.start(), b.end()));
    }

    private static boolean overlapsAny(List<ActorMention> mentions, int first, int last) {
        for (ActorMention m : mentions) {
            if (m.firstToken() <= last && first <= m.lastToken()) {
                return true;
            }
        }
        return false;
    }

    /** Radio and television stations, newspapers and agencies: sources, not parties. */
    private static boolean looksLikeMedia(String name) {
        return name.toLowerCase(Locale.ROOT).matches(".*\\b(radio|television|televisión|tv|cadena|canal|"
                + "newspaper|news|diario|prensa|press|agency|broadcasting|network)\\b.*");
    }

    /**
     * "Oqueli" after "Hector Oqueli Colindres" is the same person: the earlier, fuller name is kept. Titles do not
     * tell people apart: "Col Quintero" and "Col Waldemar Franklin Quintero" after "Waldemar Franklin Quintero" are
     * him.
     */
    private static String fullNameOf(String name, List<String> earlier) {
        List<String> words = nameWords(name);
        for (int i = earlier.size() - 1; i >= 0; i--) {
            String candidate = earlier.get(i);
            List<String> full = nameWords(candidate);
            if (!candidate.equals(name) && full.size() >= words.size()
                    && Collections.indexOfSubList(full, words) >= 0) {
                return candidate;
            }
        }
        return name;
    }

    private static List<String> nameWords(String name) {
        return List.of(PersonNames.withoutTitles(name).toLowerCase(Locale.ROOT).split("\\s+"));
    }

    /**
     * A state's force named by what it is rather than by a name of its own: "the army", "air force", "national
     * police" (which the tagger takes for any organization, as it does "ARMY" before "TROOPS"), and a numbered unit
     * of one ("1st Infantry Brigade", "the army's 4th Brigade"). A name with words of its own is an armed group's
     * ("National Liberation Army", "Revolutionary Armed Forces of Colombia"), as are units named after people ("the
     * Arce Battalion" may be either side's).
     */
    static boolean namesStateForce(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("\\s+", " ").strip();
        return STATE_FORCE_NAMES.contains(lower) || NUMBERED_UNIT.matcher(lower).matches();
    }

    /** The names of a state's forces as a whole. */
    private static final Set<String> STATE_FORCE_NAMES = Set.of("army", "armed forces", "air force", "navy",
            "national guard", "national police", "police", "military", "security forces", "treasury police",
            "national army", "army general staff", "army high command", "armed forces high command",
            "armed forces general staff", "armed forces joint chiefs of staff");

    /** "1st infantry brigade", "3d brigade", "4th army brigade", "army 4th brigade", "6th military detachment". */
    private static final Pattern NUMBERED_UNIT = Pattern.compile(
            "(?:army |military )?(?:\\d+(?:st|nd|rd|th|d)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
            + "|tenth) (?:infantry |army |military |artillery |engineers )?"
            + "(?:brigade|battalion|division|detachment|regiment)(?: headquarters)?");

    private static boolean looksArmed(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.matches(".*\\b(army|front|liberation|brigade|battalion|militia|guerrilla|commando|unit|"
                + "mujahideen|jihad|fighters|rebels|insurgents|taliban|lashkar|jaish|tehrik)\\b.*");
    }

    private static String stripArticle(String name) {
        return name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
    }

    private static boolean isOpeningQuote(String w) {
        return w.equals("``") || w.equals("\"") || w.equals("\u201c") || w.equals("'") || w.equals("`");
    }

    private static boolean isClosingQuote(String w) {
        return w.equals("''") || w.equals("\"") || w.equals("\u201d") || w.equals("'");
    }

    /** Wire text in capitals: names then match regardless of case. */
    static boolean isUpperCase(String text, Sentence sentence) {
        return TextCase.inCapitals(text.subSequence(sentence.start(), sentence.end()), 9);
    }
}
