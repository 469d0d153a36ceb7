package org.corroborate.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.corroborate.actor.ActorKind;
import org.corroborate.actor.ActorMention;
import org.corroborate.actor.ClauseParties;
import org.corroborate.nlp.AnalyzedText;
import org.corroborate.nlp.Dependency;
import org.corroborate.nlp.Entity;
import org.corroborate.nlp.PartOfSpeech;
import org.corroborate.nlp.Sentence;
import org.corroborate.nlp.TimeMention;
import org.corroborate.nlp.Token;
import org.corroborate.place.PlaceResolver;
import org.corroborate.report.Count;
import org.corroborate.report.DateInterval;
import org.corroborate.report.DatePrecision;
import org.corroborate.report.Party;
import org.corroborate.report.PartyKind;
import org.corroborate.report.Place;
import org.corroborate.report.PlacePrecision;
import org.corroborate.report.Source;
import org.corroborate.report.SourceKind;
import org.corroborate.report.Span;
import org.corroborate.report.Status;
import org.corroborate.statement.Frame;
import org.corroborate.statement.Judgement;
import org.corroborate.time.DateResolver;
import org.corroborate.time.ReferenceDateFinder;

/**
 * Finds the incidents an article reports. A word from the trigger list that names a specific happening (not a
 * generic plural, not habitual, not under a modal or a condition, not an infinitive of purpose) anchors an incident;
 * the sentences after it in the same paragraph belong to it until a different date or a "Meanwhile" opens another;
 * "this attack" later on refers back to it. Each incident then gathers its date, place, parties, targets, weapons
 * and figures from its sentences.
 */
public final class IncidentExtractor {

    private static final Set<String> HABITUAL = Set.of("long", "repeatedly", "often", "frequently", "continuously",
            "regularly", "constantly", "usually", "routinely");
    private static final Set<String> NEW_INCIDENT_OPENERS = Set.of("meanwhile", "separately", "elsewhere",
            "earlier", "later");
    private static final Set<String> OPERATION_MODIFIERS = Set.of("military", "security", "clearance",
            "counter-terrorism", "counterterrorism", "counterinsurgency", "counter-insurgency", "search",
            "mopping-up", "police", "army");
    private static final Set<String> NON_EVENT_DATE_MARKERS = Set.of("by", "as", "since", "until", "till", "before");
    private static final Set<String> ROUTE_MARKERS = Set.of("from", "to", "towards", "toward");
    private static final Set<String> VEHICLES = Set.of("train", "bus", "plane", "aircraft", "airliner", "flight",
            "ship", "ferry", "vessel", "boat", "coach");
    private static final Set<String> ATTEMPT_WORDS = Set.of("attempt", "attempted", "failed", "foiled", "thwarted",
            "defused", "tried", "averted");

    private final IncidentLexicon lexicon = new IncidentLexicon();
    private final FigureReader figures = new FigureReader(lexicon);
    private final IncidentCoding coding;
    private final PlaceResolver places;
    private final DateResolver dates = new DateResolver();

    public IncidentExtractor(IncidentCoding coding, PlaceResolver places) {
        this.coding = coding;
        this.places = places;
    }

    /** A trigger word in a sentence. */
    private record Hit(int sentence, int token, IncidentType type, boolean anaphoric) {
    }

    /** An incident being gathered. */
    private static final class Draft {
        final Hit anchor;
        final List<Hit> hits = new ArrayList<>();
        final TreeSet<Integer> sentences = new TreeSet<>();
        final int paragraph;
        Optional<LocalDate> day;

        Draft(Hit anchor, int paragraph, Optional<LocalDate> day) {
            this.anchor = anchor;
            this.paragraph = paragraph;
            this.day = day;
            hits.add(anchor);
            sentences.add(anchor.sentence());
        }
    }

    public List<IncidentReport> extract(AnalyzedText text, List<List<ActorMention>> mentions,
                                        List<List<Frame>> frames, Optional<LocalDate> reference) {
        int datelineEnd = ReferenceDateFinder.datelineSeparator(text.text()).map(s -> s[0]).orElse(-1);
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        for (Sentence s : text.sentences()) {
            List<Hit> hits = hits(s, frames.get(s.index()));
            Optional<LocalDate> day = eventDay(s, reference, datelineEnd);
            boolean opener = !s.tokens().isEmpty()
                    && NEW_INCIDENT_OPENERS.contains(s.tokens().get(0).word().toLowerCase(Locale.ROOT));
            boolean sameParagraph = current != null && current.paragraph == s.paragraph();
            boolean dateConflict = current != null && day.isPresent() && current.day.isPresent()
                    && !day.equals(current.day);
            if (hits.isEmpty()) {
                if (sameParagraph && !dateConflict && !opener) {
                    current.sentences.add(s.index());
                } else if (!sameParagraph) {
                    current = null;
                }
                continue;
            }
            boolean refersBack = hits.stream().allMatch(Hit::anaphoric);
            boolean onlyThreat = hits.stream().allMatch(h -> h.type() == IncidentType.THREAT);
            boolean joins = current != null && !dateConflict && !opener
                    && (sameParagraph || refersBack || (onlyThreat && sameParagraph));
            if (joins) {
                current.hits.addAll(hits);
                current.sentences.add(s.index());
                if (current.day.isEmpty()) {
                    current.day = day;
                }
            } else if (!refersBack || current == null) {
                Hit anchor = hits.stream().filter(h -> !h.anaphoric()).findFirst().orElse(hits.get(0));
                current = new Draft(anchor, s.paragraph(), day);
                current.hits.addAll(hits.subList(1, hits.size()));
                drafts.add(current);
            }
        }
        Map<String, String> surfaces = longestSurfaces(mentions);
        List<String> articlePlaces = articlePlaces(text, mentions);
        List<IncidentReport> reports = new ArrayList<>();
        Map<String, String> namesUsed = new java.util.HashMap<>();
        for (Draft d : drafts) {
            if (d.hits.stream().allMatch(h -> h.type() == IncidentType.THREAT) && d.hits.size() == 1
                    && d.anchor.anaphoric()) {
                continue;
            }
            IncidentReport report = assemble("i" + (reports.size() + 1), d, text, mentions, frames, reference,
                    datelineEnd, surfaces, articlePlaces);
            if (hasSubstance(report)) {
                reports.add(consistentNames(report, namesUsed));
            }
        }
        return reports;
    }

    /**
     * Every place the article names and the country of every state it mentions ("Salvadoran army" is El Salvador):
     * the context that decides between places of the same name.
     */
    private static List<String> articlePlaces(AnalyzedText text, List<List<ActorMention>> mentions) {
        List<String> places = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Entity e : s.entities()) {
                if (e.type().isPlace()) {
                    places.add(e.text());
                }
            }
        }
        for (List<ActorMention> sentence : mentions) {
            for (ActorMention m : sentence) {
                if (m.kind() == ActorKind.STATE && m.country().isPresent()) {
                    places.add(Locale.of("", m.country().get()).getDisplayCountry(Locale.ENGLISH));
                }
            }
        }
        return places;
    }

    /**
     * For each person, the longest way the article writes the name: a victim is named by it wherever the harm is
     * told ("Hector Oqueli Colindres" rather than "Oqueli"). Organizations keep the name used where they act: keys
     * and readers cite that one.
     */
    private static Map<String, String> longestSurfaces(List<List<ActorMention>> mentions) {
        Map<String, String> longest = new java.util.HashMap<>();
        for (List<ActorMention> sentence : mentions) {
            for (ActorMention m : sentence) {
                if (m.kind() == ActorKind.PERSON) {
                    longest.merge(m.actor(), m.span().text(), (a, b) -> b.length() > a.length() ? b : a);
                }
            }
        }
        return longest;
    }

    /**
     * An organization keeps the name it was first given in the article's incidents: the FMLN of the second incident is
     * written as in the first, so that one actor is one party throughout the article.
     */
    private static IncidentReport consistentNames(IncidentReport r, Map<String, String> namesUsed) {
        java.util.function.UnaryOperator<Party> rename = p -> {
            if (p.actor().isEmpty() || p.kind() != PartyKind.ORGANIZATION) {
                return p;
            }
            String name = namesUsed.computeIfAbsent(p.actor().get(), k -> p.text());
            return new Party(p.actor(), name, p.kind(), p.status(), p.source(), p.evidence(), p.named());
        };
        return new IncidentReport(r.id(), r.type(), r.stage(), r.coding(), r.date(), r.place(),
                r.perpetrators().stream().map(rename).toList(), r.claimedBy().stream().map(rename).toList(),
                r.victims(), r.targets(), r.weapons(), r.figures(), r.suicide(), r.status(), r.evidence());
    }

    /** An incident of which nothing is known (no date, place, party, target, weapon or figure) is not reported. */
    private static boolean hasSubstance(IncidentReport r) {
        return r.date().isKnown() || r.place().isPresent() || !r.perpetrators().isEmpty() || !r.victims().isEmpty()
                || !r.targets().isEmpty() || !r.weapons().isEmpty() || !r.figures().isEmpty();
    }

    // --- triggers ------------------------------------------------------------------------------------------------

    private List<Hit> hits(Sentence s, List<Frame> frames) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            Optional<IncidentLexicon.Trigger> trigger = lexicon.trigger(t.lowerLemma());
            if (trigger.isEmpty() || !partOfSpeechMatches(t, trigger.get().partOfSpeech())) {
                continue;
            }
            IncidentType type = trigger.get().type();
            if (!specific(s, i, type, frames)) {
                continue;
            }
            hits.add(new Hit(s.index(), i, type, anaphoric(s, i)));
        }
        return hits;
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
            if (!f.attributing() && f.covers(i) && f.status() != Status.RUMOURED) {
                return false;
            }
        }
        if (i > 0 && s.tokens().get(i - 1).word().equalsIgnoreCase("to") && t.isVerb()) {
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
        if (figurative(s, i) || recalled(s)) {
            return false;
        }
        if ("NNS".equals(t.tag()) && !specificPlural(s, i, frames)) {
            return false;
        }
        return !(t.isVerb() && objectIsIncident(s, i));
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

    /** Adjectives that make an incident word a figure of speech: "a social explosion", "a political bombshell". */
    private static final Set<String> FIGURATIVE = Set.of("social", "political", "economic", "demographic",
            "popular", "verbal", "media", "diplomatic", "legal");

    private static boolean figurative(Sentence s, int i) {
        for (Dependency d : s.childrenOf(i)) {
            if (d.is("amod") && FIGURATIVE.contains(s.tokens().get(d.dependent()).lowerLemma())) {
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
        // "conducted raids", "launched military operations": the object of a past, accomplished act.
        Optional<Dependency> head = s.headOf(i);
        if (head.isPresent() && head.get().is("obj")) {
            String tag = s.tokens().get(head.get().head()).tag();
            return tag.equals("VBD") || tag.equals("VBN");
        }
        return false;
    }

    private static boolean takenHostage(Sentence s, int i) {
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

    // --- dates ---------------------------------------------------------------------------------------------------

    private Optional<LocalDate> eventDay(Sentence s, Optional<LocalDate> reference, int datelineEnd) {
        return eventDate(s, reference, datelineEnd).filter(d -> d.precision() == DatePrecision.DAY).flatMap(DateInterval::start);
    }

    /** The first date in the sentence that can be the event's: not the dateline, not "by"/"as of"/"since" X. */
    private Optional<DateInterval> eventDate(Sentence s, Optional<LocalDate> reference, int datelineEnd) {
        for (TimeMention t : s.times()) {
            if (t.end() <= datelineEnd) {
                // "Quetta, 16 May 2025 -": the date of the report, not of the event.
                continue;
            }
            if (t.firstToken() > 0 && NON_EVENT_DATE_MARKERS.contains(
                    s.tokens().get(t.firstToken() - 1).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Optional<DateInterval> d = dates.resolve(t, reference);
            if (d.isPresent() && (d.get().precision() == DatePrecision.DAY || d.get().precision() == DatePrecision.WEEK
                    || d.get().precision() == DatePrecision.MONTH)) {
                return d;
            }
        }
        return Optional.empty();
    }

    // --- assembly ------------------------------------------------------------------------------------------------

    private IncidentReport assemble(String id, Draft d, AnalyzedText text, List<List<ActorMention>> mentions,
                                    List<List<Frame>> frames, Optional<LocalDate> reference, int datelineEnd,
                                    Map<String, String> surfaces, List<String> articlePlaces) {
        Sentence anchorSentence = text.sentences().get(d.anchor.sentence());
        List<Frame> anchorFrames = frames.get(d.anchor.sentence());
        Judgement judgement = Judgement.of(anchorSentence, anchorFrames, d.anchor.token());
        Status status = judgement.status();
        Gathered g = new Gathered();
        for (int index : d.sentences) {
            Sentence s = text.sentences().get(index);
            gather(text.text(), s, mentions.get(index), frames.get(index), g, d, surfaces);
        }
        IncidentType type = type(d, g, text);
        boolean explosives = g.weapons.values().stream().anyMatch(w -> w.gtdWeaponType()
                .map(t -> t.equals("Explosives") || t.equals("Explosives (vehicle)") || t.startsWith("Explosives (landmine)"))
                .orElse(false));
        if (type == IncidentType.ARMED_ASSAULT && explosives) {
            // An attack made with bombs, dynamite or explosives is a bombing.
            type = IncidentType.BOMBING;
        }
        boolean suicide = d.sentences.stream().anyMatch(index -> text.sentences().get(index).tokens().stream()
                .anyMatch(t -> t.word().toLowerCase(Locale.ROOT).startsWith("suicide")));
        DateInterval date = date(d, text, reference, anchorFrames, datelineEnd);
        Optional<Place> place = place(d, text, mentions, articlePlaces);
        Stage stage = type == IncidentType.THREAT ? Stage.THREATENED : stage(d, text);
        List<Span> evidence = new ArrayList<>();
        for (Hit h : d.hits) {
            Sentence s = text.sentences().get(h.sentence());
            Span span = Span.of(text.text(), s.start(), s.end());
            if (!evidence.contains(span)) {
                evidence.add(span);
            }
        }
        Figures figureLists = new Figures(g.counts.get(FigureKind.KILLED), g.counts.get(FigureKind.INJURED),
                g.counts.get(FigureKind.HOSTAGES), g.counts.get(FigureKind.ATTACKERS),
                g.counts.get(FigureKind.PERPETRATORS_KILLED));
        List<Party> perpetrators = new ArrayList<>(g.perpetrators.values());
        if (status == Status.CLAIMED) {
            perpetrators.replaceAll(p -> g.claimedBy.containsKey(p.actor().orElse(p.text()))
                    ? new Party(p.actor(), p.text(), p.kind(), Status.CLAIMED, p.source(), p.evidence(), p.named())
                    : p);
        }
        IncidentCoding.Codes codes = coding.codesFor(type, suicide && type == IncidentType.BOMBING);
        if (type == IncidentType.ARSON_SABOTAGE) {
            codes = sabotageCodes(codes, d, text, explosives);
        }
        if (!inMuc4Scope(g)) {
            codes = codes.outsideMuc4();
        }
        return new IncidentReport(id, type, stage, codes, date,
                place, perpetrators, new ArrayList<>(g.claimedBy.values()), new ArrayList<>(g.victims.values()),
                new ArrayList<>(g.targets.values()), new ArrayList<>(g.weapons.values()), figureLists,
                Optional.of(suicide), status, evidence);
    }

    /** Nouns for members of security forces, whose harm alone makes an attack guerrilla warfare in MUC-4 terms. */
    private static final Set<String> SECURITY_NOUNS = Set.of("soldier", "soldiers", "troops", "troop", "policeman",
            "policemen", "police", "officer", "officers", "guard", "guards", "guardsmen", "army", "patrol",
            "battalion", "unit", "units", "member", "members", "military", "paramilitary");

    /**
     * MUC-4's scope (its task definition, section 1): an attack by non-state attackers only on military or police
     * forces is guerrilla warfare, not a terrorist act. (The definition also leaves out rumours and incidents older
     * than two months; on DEV, excluding them cost more recall than it gained precision, because status and dates
     * are sometimes misread, so they stay in scope.)
     */
    private static boolean inMuc4Scope(Gathered g) {
        boolean harmedSomeone = !g.targets.isEmpty() || !g.victims.isEmpty();
        boolean onlyForces = g.targets.values().stream().allMatch(t -> t.gtdTargetType()
                .map(type -> type.equals("Military") || type.equals("Police")).orElse(false))
                && g.victims.values().stream().allMatch(v -> !v.named() && securityForces(v.text()));
        boolean byState = g.perpetrators.values().stream().anyMatch(p -> p.kind() == PartyKind.STATE);
        return !(harmedSomeone && onlyForces && !byState);
    }

    /** "five soldiers", "policemen": words that end in a noun for members of security forces. */
    private static boolean securityForces(String words) {
        String[] w = words.toLowerCase(Locale.ROOT).split("\\s+");
        return SECURITY_NOUNS.contains(w[w.length - 1]);
    }

    /** What the sentences of one incident say about it. */
    private static final class Gathered {
        final Map<String, Party> perpetrators = new LinkedHashMap<>();
        final Map<String, Party> claimedBy = new LinkedHashMap<>();
        final Map<String, Party> victims = new LinkedHashMap<>();
        final Map<String, Target> targets = new LinkedHashMap<>();
        final Map<String, Weapon> weapons = new LinkedHashMap<>();
        final Map<FigureKind, List<Count>> counts = new LinkedHashMap<>();
        boolean vehicleTarget;
        boolean hostagesTaken;

        Gathered() {
            for (FigureKind k : FigureKind.values()) {
                counts.put(k, new ArrayList<>());
            }
        }
    }

    private void gather(String text, Sentence s, List<ActorMention> mentions, List<Frame> frames, Gathered g,
                        Draft d, Map<String, String> surfaces) {
        ClauseParties parties = new ClauseParties(s, mentions);
        claims(text, s, mentions, frames, g);
        for (ActorMention m : mentions) {
            if (!m.canBeParty() || m.kind() == ActorKind.PERSON) {
                continue;
            }
            boolean armed = m.kind() == ActorKind.ARMED_GROUP;
            boolean state = m.kind() == ActorKind.STATE || m.kind() == ActorKind.STATE_AGENCY;
            boolean agent = agentOfViolence(s, m.firstToken(), m.lastToken()) || accused(s, m);
            boolean armedSubject = armed && parties.canBeSubject(m) && beforeAVerb(s, m);
            boolean stateActing = state && stateViolence(d) && conductsAHit(s, m, d);
            if (!(agent || armedSubject || stateActing)) {
                continue;
            }
            Judgement j = Judgement.of(s, frames, m.firstToken());
            g.perpetrators.putIfAbsent(m.actor(), new Party(Optional.of(m.actor()), m.span().text(),
                    state ? PartyKind.STATE : PartyKind.ORGANIZATION, j.status(), j.source(), m.span(), true));
        }
        List<ActorMention> people = mentions.stream().filter(m -> m.kind() == ActorKind.PERSON).toList();
        for (ActorMention m : people) {
            if (agentOfViolence(s, m.firstToken(), m.lastToken())) {
                Judgement j = Judgement.of(s, frames, m.firstToken());
                g.perpetrators.putIfAbsent(m.actor(), new Party(Optional.of(m.actor()),
                        surfaces.getOrDefault(m.actor(), m.span().text()), PartyKind.INDIVIDUAL, j.status(),
                        j.source(), m.span(), true));
            }
        }
        List<ActorMention> named = new ArrayList<>();
        for (ActorMention m : people) {
            if (namedVictim(s, m)) {
                named.add(m);
            }
        }
        // "A, B and policeman C were killed": the names listed with a victim are victims too.
        boolean grew = !named.isEmpty();
        while (grew) {
            grew = false;
            for (ActorMention m : people) {
                if (!named.contains(m) && named.stream().anyMatch(v -> listedWith(s, v, m))) {
                    named.add(m);
                    grew = true;
                }
            }
        }
        for (ActorMention m : named) {
            Judgement j = Judgement.of(s, frames, m.firstToken());
            // The name as written in full where the article first gives it ("Hector Oqueli Colindres").
            String written = surfaces.getOrDefault(m.actor(), m.span().text());
            g.victims.putIfAbsent(m.actor().toLowerCase(Locale.ROOT), new Party(Optional.of(m.actor()), written,
                    PartyKind.INDIVIDUAL, j.status(), j.source(), m.span(), true));
        }
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            boolean describedAttacker = lexicon.isPerpetratorNoun(t.lowerLemma())
                    && (isSubject(s, i) || agentOfViolence(s, i, i));
            boolean unnamedAttacker = (GENERIC_PEOPLE.contains(t.lowerLemma()) || lexicon.isVictimNoun(t.lowerLemma()))
                    && agentOfViolence(s, i, i);
            if (t.isNoun() && t.pos() != PartOfSpeech.PROPN && (describedAttacker || unnamedAttacker)) {
                Span np = peoplePhrase(text, s, i);
                Judgement j = Judgement.of(s, frames, i);
                g.perpetrators.putIfAbsent(np.text().toLowerCase(Locale.ROOT), new Party(Optional.empty(), np.text(),
                        PartyKind.INDIVIDUAL, j.status(), j.source(), np, false));
            }
            if (lexicon.isVictimNoun(t.lowerLemma()) && t.isNoun() && harmed(s, i)) {
                Span np = peoplePhrase(text, s, i);
                Judgement j = Judgement.of(s, frames, i);
                g.victims.putIfAbsent(np.text().toLowerCase(Locale.ROOT), new Party(Optional.empty(), np.text(),
                        PartyKind.INDIVIDUAL, j.status(), j.source(), np, false));
            }
            Optional<String> targetType = lexicon.targetHead(t.word().toLowerCase(Locale.ROOT))
                    .or(() -> lexicon.targetHead(t.lowerLemma()));
            if (targetType.isPresent() && t.isNoun() && attacked(s, i)) {
                Span np = bareNounPhrase(text, s, i);
                String gtd = modifierType(s, i).orElse(targetType.get());
                String key = t.lowerLemma();
                Target previous = g.targets.get(key);
                if (previous == null || previous.text().length() < np.text().length()) {
                    g.targets.put(key, new Target(np.text(), Optional.of(gtd), np));
                }
                g.vehicleTarget |= VEHICLES.contains(t.lowerLemma());
            }
            Optional<String> weaponType = lexicon.weapon(t.word().toLowerCase(Locale.ROOT))
                    .or(() -> lexicon.weapon(t.lowerLemma()));
            if (weaponType.isPresent() && t.isNoun() && !seized(s, i)) {
                Span np = weaponPhrase(text, s, i);
                String gtd = np.text().toLowerCase(Locale.ROOT).startsWith("vehicle") ? "Explosives (vehicle)"
                        : weaponType.get();
                g.weapons.putIfAbsent(np.text().toLowerCase(Locale.ROOT), new Weapon(np.text(), Optional.of(gtd), np));
            }
            if (t.lowerLemma().equals("hostage") && takenHostage(s, i)) {
                g.hostagesTaken = true;
            }
        }
        for (FigureReader.Figure f : figures.read(text, s, frames)) {
            g.counts.get(f.kind()).add(f.count());
            if (f.kind() == FigureKind.HOSTAGES) {
                g.hostagesTaken = true;
            }
        }
    }

    /** "X claimed responsibility for ...": X (or the organization its spokesperson speaks for) claims it. */
    private void claims(String text, Sentence s, List<ActorMention> mentions, List<Frame> frames, Gathered g) {
        for (Frame f : frames) {
            if (f.status() != Status.CLAIMED || !claimsResponsibility(s, f)) {
                continue;
            }
            Optional<ActorMention> claimant = claimant(s, mentions, f);
            if (claimant.isEmpty()) {
                continue;
            }
            ActorMention m = claimant.get();
            Source source = f.source().orElse(new Source(m.actor(), Optional.of(m.actor()), SourceKind.ARMED_GROUP,
                    Optional.of(m.span())));
            Party party = new Party(Optional.of(m.actor()), m.span().text(), PartyKind.ORGANIZATION, Status.CLAIMED,
                    Optional.of(source), Span.of(text, s.tokens().get(f.cueFirst()).start(),
                    s.tokens().get(f.scopeLast()).end()), true);
            g.claimedBy.putIfAbsent(m.actor(), party);
            g.perpetrators.putIfAbsent(m.actor(), party);
        }
    }

    private static boolean claimsResponsibility(Sentence s, Frame f) {
        for (int k = f.cueLast() + 1; k <= Math.min(s.tokens().size() - 1, f.cueLast() + 3); k++) {
            String lemma = s.tokens().get(k).lowerLemma();
            if (lemma.equals("responsibility") || lemma.equals("credit") || lemma.equals("authorship")) {
                return true;
            }
        }
        return false;
    }

    /** The organization before the claim verb; "a spokesperson for the Fatih Unit of the BLA" claims for the BLA. */
    private static Optional<ActorMention> claimant(Sentence s, List<ActorMention> mentions, Frame f) {
        ActorMention first = null;
        for (ActorMention m : mentions) {
            if (m.lastToken() < f.cueFirst() && (m.kind() == ActorKind.ARMED_GROUP
                    || m.kind() == ActorKind.ORGANIZATION) && first == null) {
                first = m;
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        ActorMention top = first;
        for (ActorMention m : mentions) {
            if (m.firstToken() > top.lastToken() && m.lastToken() < f.cueFirst()
                    && m.kind() == ActorKind.ARMED_GROUP && ofBetween(s, top.lastToken(), m.firstToken())) {
                top = m;
            }
        }
        return Optional.of(top);
    }

    private static boolean ofBetween(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String w = s.tokens().get(k).word();
            if (w.equalsIgnoreCase("of")) {
                return true;
            }
            if (!(w.equals("\"") || w.equalsIgnoreCase("the") || w.equals("``") || w.equals("''"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean stateViolence(Draft d) {
        return d.hits.stream().anyMatch(h -> h.type() == IncidentType.SECURITY_OPERATION
                || h.type() == IncidentType.AIR_DRONE_STRIKE || h.type() == IncidentType.SHELLING
                || h.type() == IncidentType.ARMED_CLASH);
    }

    /** Verbs by which a state carries out an operation: "the military conducted raids". */
    private static final Set<String> CONDUCT_VERBS = Set.of("conduct", "launch", "carry", "stage", "mount",
            "begin", "start", "undertake", "intensify", "step");

    /**
     * "The military conducted raids": the mention is the subject of the verb whose object is the incident word, in
     * the parse or, when the parse is broken, in the token order (a verb of conducting right after the name, the
     * incident word within three words after it).
     */
    private static boolean conductsAHit(Sentence s, ActorMention m, Draft d) {
        int next = m.lastToken() + 1;
        if (next < s.tokens().size() && CONDUCT_VERBS.contains(s.tokens().get(next).lowerLemma())) {
            for (Hit h : d.hits) {
                if (h.sentence() == s.index() && h.token() > next && h.token() <= next + 4) {
                    return true;
                }
            }
        }
        for (int k = m.firstToken(); k <= m.lastToken(); k++) {
            Optional<Dependency> head = s.headOf(k);
            if (head.isEmpty() || !head.get().relation().equals("nsubj")) {
                continue;
            }
            int verb = head.get().head();
            for (Hit h : d.hits) {
                if (h.sentence() != s.index()) {
                    continue;
                }
                Optional<Dependency> hitHead = s.headOf(h.token());
                boolean object = hitHead.map(x -> x.head() == verb && (x.is("obj") || x.is("xcomp"))).orElse(false);
                boolean conjunctOfObject = hitHead.filter(x -> x.is("conj"))
                        .flatMap(x -> s.headOf(x.head())).map(x -> x.head() == verb && x.is("obj")).orElse(false);
                boolean governed = h.token() == verb || object || conjunctOfObject;
                if (governed) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean beforeAVerb(Sentence s, ActorMention m) {
        for (int k = m.lastToken() + 1; k < s.tokens().size(); k++) {
            if (s.tokens().get(k).pos() == PartOfSpeech.VERB) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSubject(Sentence s, int i) {
        Optional<Dependency> head = s.headOf(i);
        return head.isPresent() && head.get().relation().equals("nsubj");
    }

    private static final Set<String> HARM_VERBS = Set.of("kill", "murder", "injure", "wound", "kidnap", "abduct",
            "take", "hold", "detain", "seize", "execute", "massacre", "shoot", "hurt", "capture", "assassinate",
            "attack", "slay", "behead", "torture");

    private static boolean harmed(Sentence s, int i) {
        Optional<Dependency> head = s.headOf(i);
        return head.isPresent() && (head.get().is("obj") || head.get().relation().equals("nsubj:pass"))
                && HARM_VERBS.contains(s.tokens().get(head.get().head()).lowerLemma());
    }

    /** Words of fire: what makes sabotage arson in MUC-4 terms. */
    private static final Set<String> FIRE_WORDS = Set.of("arson", "burn", "torch", "fire", "blaze", "incendiary",
            "gasoline", "molotov");

    /** MUC-4 splits sabotage: by fire it is ARSON, by explosives BOMBING, otherwise ATTACK. */
    private static IncidentCoding.Codes sabotageCodes(IncidentCoding.Codes codes, Draft d, AnalyzedText text,
                                                      boolean explosives) {
        if (codes.muc4Type().isEmpty()) {
            return codes;
        }
        boolean fire = d.hits.stream().anyMatch(h -> FIRE_WORDS.contains(
                text.sentences().get(h.sentence()).tokens().get(h.token()).lowerLemma()));
        String muc4 = fire ? "ARSON" : explosives ? "BOMBING" : "ATTACK";
        return new IncidentCoding.Codes(codes.gtdAttackType(), codes.acledEventType(), codes.acledSubEventType(),
                Optional.of(muc4));
    }

    /** Words for people that describe attackers only when they act: "unidentified men killed ...". */
    private static final Set<String> GENERIC_PEOPLE = Set.of("man", "men", "individual", "person", "youth",
            "people", "woman", "women", "group");

    /**
     * Whether tokens first..last name who did it: the subject of a verb of violence ("the FMLN attacked"), its
     * "by" agent ("killed by the FMLN"), or the organization of such a subject ("guerrillas of the FMLN",
     * "FMLN guerrillas").
     */
    private boolean agentOfViolence(Sentence s, int first, int last) {
        for (int k = first; k <= last; k++) {
            Optional<Dependency> head = s.headOf(k);
            if (head.isEmpty() || (head.get().head() >= first && head.get().head() <= last)) {
                continue;
            }
            int governor = head.get().head();
            if (head.get().relation().equals("nsubj") && violent(s, governor)) {
                return true;
            }
            if (head.get().is("obl") && s.markerOf(k).equals("by") && violent(s, governor)) {
                return true;
            }
            boolean ofAttackers = (head.get().is("nmod") && s.markerOf(k).equals("of")) || head.get().is("compound");
            if (ofAttackers && lexicon.isPerpetratorNoun(s.tokens().get(governor).lowerLemma())) {
                Optional<Dependency> up = s.headOf(governor);
                if (up.isPresent() && ((up.get().relation().equals("nsubj") && violent(s, up.get().head()))
                        || (up.get().is("obl") && s.markerOf(governor).equals("by") && violent(s, up.get().head())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Verbs that lay an incident at someone's door. */
    private static final Set<String> BLAME_VERBS = Set.of("blame", "accuse", "suspect", "attribute", "hold",
            "charge", "implicate");

    /** "blamed the FMLN for the attack", "attributed the attack to the FMLN": the accused is a perpetrator. */
    private static boolean accused(Sentence s, ActorMention m) {
        for (int k = m.firstToken(); k <= m.lastToken(); k++) {
            Optional<Dependency> head = s.headOf(k);
            if (head.isEmpty() || m.covers(head.get().head())) {
                continue;
            }
            String governor = s.tokens().get(head.get().head()).lowerLemma();
            boolean object = head.get().is("obj") || head.get().relation().equals("nsubj:pass");
            boolean attributedTo = head.get().is("obl") && s.markerOf(k).equals("to") && governor.equals("attribute");
            if (BLAME_VERBS.contains(governor) && (object || attributedTo)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs whose agent is the perpetrator though they name no violence: "perpetrated by", "carried out by". */
    private static final Set<String> AGENT_VERBS = Set.of("perpetrate", "carry", "commit", "gun", "stage",
            "order", "mastermind", "plan");

    /** Verbs of taking, which harm people ("seized hostages") but also take things ("seized rifles"). */
    private static final Set<String> TAKING_VERBS = Set.of("take", "hold", "seize", "capture", "detain");

    /** Whether the verb at {@code token} tells of violence, so that its subject or "by" agent is a perpetrator. */
    private boolean violent(Sentence s, int token) {
        String lemma = s.tokens().get(token).lowerLemma();
        if (TAKING_VERBS.contains(lemma)) {
            return false;
        }
        return HARM_VERBS.contains(lemma) || ATTACK_VERBS.contains(lemma) || AGENT_VERBS.contains(lemma)
                || lexicon.trigger(lemma).isPresent();
    }

    /** Nouns of harm whose "of X" names the victim: "the murder of X". */
    private static final Set<String> HARM_NOUNS = Set.of("murder", "assassination", "killing", "kidnapping",
            "abduction", "death", "execution", "massacre", "attack", "release", "disappearance");

    /** Whether two names stand in one list: joined by the parse (conj) or only by commas, "and" and titles. */
    private boolean listedWith(Sentence s, ActorMention a, ActorMention b) {
        for (int k = b.firstToken(); k <= b.lastToken(); k++) {
            Optional<Dependency> head = s.headOf(k);
            if (head.isPresent() && head.get().is("conj") && a.covers(head.get().head())) {
                return true;
            }
        }
        ActorMention first = a.firstToken() < b.firstToken() ? a : b;
        ActorMention second = first == a ? b : a;
        if (second.firstToken() - first.lastToken() > 5) {
            return false;
        }
        for (int k = first.lastToken() + 1; k < second.firstToken(); k++) {
            Token t = s.tokens().get(k);
            boolean joiner = t.word().equals(",") || t.word().equals(";") || t.word().equalsIgnoreCase("and")
                    || t.pos() == PartOfSpeech.NUM || (t.isNoun() && lexicon.isVictimNoun(t.lowerLemma()));
            if (!joiner) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a named person is harmed: the object of a harm verb ("killed X"), its passive subject ("X was
     * murdered"), the subject of "died", "the murder of X", a name a few words after a harm verb ("kidnapped
     * businessman X"), or one introduced as "including X" or "identified as X" in a sentence that tells of harm.
     */
    private boolean namedVictim(Sentence s, ActorMention m) {
        for (int k = m.firstToken(); k <= m.lastToken(); k++) {
            Optional<Dependency> head = s.headOf(k);
            if (head.isEmpty() || m.covers(head.get().head())) {
                continue;
            }
            String governor = s.tokens().get(head.get().head()).lowerLemma();
            if ((head.get().is("obj") || head.get().relation().equals("nsubj:pass"))
                    && (HARM_VERBS.contains(governor) || lexicon.trigger(governor).isPresent())) {
                return true;
            }
            if (head.get().is("nmod") && s.markerOf(k).equals("of") && HARM_NOUNS.contains(governor)) {
                return true;
            }
            if (head.get().relation().equals("nsubj") && (governor.equals("die") || governor.equals("perish"))) {
                return true;
            }
        }
        if (introducedAsVictim(s, m) && tellsOfHarm(s)) {
            return true;
        }
        for (int k = Math.max(0, m.firstToken() - 4); k < m.firstToken(); k++) {
            Token t = s.tokens().get(k);
            if (t.isVerb() && (HARM_VERBS.contains(t.lowerLemma()) || lexicon.trigger(t.lowerLemma()).isPresent())
                    && !hasVerbBetween(s, k + 1, m.firstToken() - 1)) {
                return true;
            }
        }
        return false;
    }

    /** "including X", "identified as X". */
    private static boolean introducedAsVictim(Sentence s, ActorMention m) {
        for (int k = Math.max(0, m.firstToken() - 4); k < m.firstToken(); k++) {
            String w = s.tokens().get(k).word().toLowerCase(Locale.ROOT);
            boolean identifiedAs = w.equals("as") && k > 0
                    && s.tokens().get(k - 1).lowerLemma().matches("identify|name");
            if (w.equals("including") || identifiedAs) {
                return !hasVerbBetween(s, k + 1, m.firstToken() - 1);
            }
        }
        return false;
    }

    private boolean tellsOfHarm(Sentence s) {
        for (Token t : s.tokens()) {
            String lemma = t.lowerLemma();
            if (HARM_VERBS.contains(lemma) || lemma.equals("die") || lemma.equals("injured") || lemma.equals("wounded")
                    || lemma.equals("dead") || HARM_NOUNS.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVerbBetween(Sentence s, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (s.tokens().get(k).pos() == PartOfSpeech.VERB) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ATTACK_VERBS = Set.of("attack", "capture", "bomb", "burn", "destroy", "blow",
            "hit", "strike", "ambush", "block", "storm", "raid", "set", "torch", "dynamite", "damage", "drive", "ram",
            "occur", "target", "explode", "detonate", "place", "plant", "hurl", "throw", "fire", "sabotage", "loot",
            "occupy", "seize");

    /** Prepositions that put a target where the violence happened: "exploded at the bank". */
    private static final Set<String> TARGET_MARKERS = Set.of("", "on", "at", "against", "into", "in", "near",
            "outside", "inside", "to", "onto");

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
                && (violent(s, governor) || TAKING_VERBS.contains(s.tokens().get(governor).lowerLemma()));
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

    /** Nouns whose "of X" belongs to the name of a party: "members of the armed forces". */
    private static final Set<String> OF_HEADS = Set.of("member", "group", "column", "unit", "commando", "squad",
            "band", "cell");

    /**
     * The words that name a party or target: the noun with what precedes it in its phrase (numbers, qualifiers,
     * adjectives, compounds: "more than seven people", "heavily armed men") and, for groups of people, its "of"
     * complement ("members of the armed forces"); never relative clauses or participles after it.
     */
    private static Span bareNounPhrase(String text, Sentence s, int head) {
        return nounPhrase(text, s, head, false);
    }

    /** The phrase of a group of people, with its count: "five soldiers", "more than seven people". */
    private static Span peoplePhrase(String text, Sentence s, int head) {
        return nounPhrase(text, s, head, true);
    }

    private static Span nounPhrase(String text, Sentence s, int head, boolean withCount) {
        int first = head;
        int last = head;
        for (Dependency d : s.childrenOf(head)) {
            int[] sub = s.subtreeBounds(d.dependent());
            boolean count = d.is("nummod") || d.is("advmod") || d.is("obl:npmod");
            if (d.dependent() < head && (d.is("amod") || d.is("compound") || (withCount && count))) {
                first = Math.min(first, sub[0]);
            } else if (d.dependent() > head && d.is("nmod") && s.markerOf(d.dependent()).equals("of")
                    && OF_HEADS.contains(s.tokens().get(head).lowerLemma()) && sub[1] - head <= 8) {
                last = Math.max(last, sub[1]);
            }
        }
        while (first < head && (s.tokens().get(first).pos() == PartOfSpeech.PUNCT
                || s.tokens().get(first).pos() == PartOfSpeech.DET)) {
            first++;
        }
        while (last > head && s.tokens().get(last).pos() == PartOfSpeech.PUNCT) {
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
        }
        return Span.of(text, s.tokens().get(first).start(), s.tokens().get(last).end());
    }

    /** Verbs of finding and taking: weapons seized or found were not used. */
    private static final Set<String> SEIZURE_VERBS = Set.of("seize", "confiscate", "find", "discover", "recover",
            "capture", "hand", "surrender", "store", "buy", "sell", "smuggle", "possess", "carry", "include");

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

    /** "a vehicle loaded with explosives" keeps its carrier; otherwise the bare noun phrase. */
    private static Span weaponPhrase(String text, Sentence s, int i) {
        if (i >= 3 && s.tokens().get(i - 1).word().equalsIgnoreCase("with")
                && s.tokens().get(i - 2).lowerLemma().matches("load|pack|fill|rig")
                && VEHICLE_CARRIERS.contains(s.tokens().get(i - 3).lowerLemma())) {
            return Span.of(text, s.tokens().get(i - 3).start(), s.tokens().get(i).end());
        }
        return bareNounPhrase(text, s, i);
    }

    private static final Set<String> VEHICLE_CARRIERS = Set.of("vehicle", "car", "truck", "van", "motorcycle",
            "bicycle", "bus", "lorry");

    private static IncidentType type(Draft d, Gathered g, AnalyzedText text) {
        // "killed in a clash": the killing is the outcome, the clash says what happened.
        List<Hit> deciding = d.hits.stream().filter(h -> !isOutcomeWord(text, h)).toList();
        if (deciding.isEmpty()) {
            deciding = d.hits;
        }
        IncidentType best = deciding.get(0).type();
        for (Hit h : deciding) {
            if (rank(h.type()) > rank(best)) {
                best = h.type();
            }
        }
        if (g.hostagesTaken && (best == IncidentType.ARMED_ASSAULT || best == IncidentType.HOSTAGE_BARRICADE
                || best == IncidentType.KIDNAPPING)) {
            best = g.vehicleTarget ? IncidentType.HIJACKING
                    : best == IncidentType.ARMED_ASSAULT ? IncidentType.HOSTAGE_BARRICADE : best;
        }
        return best;
    }

    private static boolean isOutcomeWord(AnalyzedText text, Hit h) {
        String lemma = text.sentences().get(h.sentence()).tokens().get(h.token()).lowerLemma();
        return lemma.equals("kill") || lemma.equals("killing");
    }

    /** Which type wins when an incident's words differ: the more specific one. */
    private static int rank(IncidentType type) {
        return switch (type) {
            case THREAT -> 0;
            case OTHER -> 1;
            case ARMED_CLASH, SECURITY_OPERATION -> 2;
            case ARMED_ASSAULT, UNARMED_ASSAULT, ROBBERY -> 3;
            case SHELLING, AIR_DRONE_STRIKE, ARSON_SABOTAGE -> 4;
            case HOSTAGE_BARRICADE -> 5;
            case ASSASSINATION -> 6;
            case BOMBING -> 7;
            case KIDNAPPING -> 8;
            case HIJACKING -> 9;
        };
    }

    private DateInterval date(Draft d, AnalyzedText text, Optional<LocalDate> reference, List<Frame> anchorFrames,
                              int datelineEnd) {
        Sentence anchor = text.sentences().get(d.anchor.sentence());
        Optional<DateInterval> found = eventDate(anchor, reference, datelineEnd);
        boolean claimOnly = false;
        for (Frame f : anchorFrames) {
            if (f.status() == Status.CLAIMED && f.covers(d.anchor.token())) {
                claimOnly = found.isPresent() && anchor.times().stream()
                        .noneMatch(t -> f.covers(t.firstToken()));
            }
        }
        if (found.isEmpty()) {
            for (int index : d.sentences) {
                found = eventDate(text.sentences().get(index), reference, datelineEnd);
                if (found.isPresent()) {
                    break;
                }
            }
        }
        if (found.isEmpty()) {
            return DateInterval.unknown();
        }
        if (claimOnly && found.get().end().isPresent()) {
            return DateInterval.before(found.get().end().get(), found.get().text().orElse(null));
        }
        return found.get();
    }

    private Optional<Place> place(Draft d, AnalyzedText text, List<List<ActorMention>> mentions,
                                  List<String> articlePlaces) {
        List<PlaceName> names = new ArrayList<>();
        for (int index : d.sentences) {
            names.addAll(placeNames(text.text(), text.sentences().get(index), mentions.get(index)));
        }
        if (names.isEmpty()) {
            for (Sentence s : text.sentences()) {
                if (s.paragraph() == d.paragraph) {
                    names.addAll(placeNames(text.text(), s, mentions.get(s.index())));
                }
            }
        }
        List<String> context = new ArrayList<>(names.stream().map(PlaceName::name).toList());
        context.addAll(articlePlaces);
        Place best = null;
        for (PlaceName n : names) {
            Optional<Place> resolved = places.resolve(n.name(), n.span(), context);
            if (resolved.isPresent() && (best == null
                    || resolved.get().precision().ordinal() < best.precision().ordinal())) {
                if (best == null || consistent(resolved.get(), best)) {
                    best = resolved.get();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean consistent(Place finer, Place coarser) {
        if (!finer.country().equals(coarser.country())) {
            return false;
        }
        return coarser.precision() != PlacePrecision.ADMIN1 || finer.admin1().equals(coarser.admin1());
    }

    private record PlaceName(String name, Span span) {
    }

    /** Places where the incident happened: not the ends of a route, not the place in "capital of X". */
    private static List<PlaceName> placeNames(String text, Sentence s, List<ActorMention> mentions) {
        List<PlaceName> out = new ArrayList<>();
        for (Entity e : s.entities()) {
            if (!e.type().isPlace() || excludedPlace(s, e.firstToken())) {
                continue;
            }
            int last = e.lastToken();
            String name = e.text();
            if (last + 1 < s.tokens().size() && s.tokens().get(last + 1).word().matches("(?i)region|district|area")) {
                last++;
            }
            out.add(new PlaceName(name, Span.of(text, e.start(), s.tokens().get(last).end())));
        }
        for (ActorMention m : mentions) {
            if (m.kind() == ActorKind.STATE && m.form() == ActorMention.Form.NAME && m.firstToken() > 0
                    && Set.of("in", "at", "near", "inside").contains(
                            s.tokens().get(m.firstToken() - 1).word().toLowerCase(Locale.ROOT))
                    && out.stream().noneMatch(p -> p.span().overlaps(m.span()))) {
                out.add(new PlaceName(m.actor(), m.span()));
            }
        }
        return out;
    }

    private static boolean excludedPlace(Sentence s, int first) {
        int k = first - 1;
        while (k >= 0 && (s.tokens().get(k).pos() == PartOfSpeech.DET || s.tokens().get(k).pos() == PartOfSpeech.ADJ)) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String before = s.tokens().get(k).word().toLowerCase(Locale.ROOT);
        if (ROUTE_MARKERS.contains(before)) {
            return true;
        }
        return before.equals("of") && k > 0 && s.tokens().get(k - 1).lowerLemma().matches("capital|city|people");
    }

    private static Stage stage(Draft d, AnalyzedText text) {
        Sentence s = text.sentences().get(d.anchor.sentence());
        for (int k = Math.max(0, d.anchor.token() - 4); k <= Math.min(s.tokens().size() - 1, d.anchor.token() + 2); k++) {
            if (ATTEMPT_WORDS.contains(s.tokens().get(k).word().toLowerCase(Locale.ROOT))) {
                return Stage.ATTEMPTED;
            }
        }
        return Stage.ACCOMPLISHED;
    }
}
