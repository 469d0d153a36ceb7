package org.corroborate.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.corroborate.nlp.TimeMention;
import org.corroborate.place.PlaceResolver;
import org.corroborate.report.DateInterval;
import org.corroborate.report.DatePrecision;
import org.corroborate.report.Party;
import org.corroborate.report.PartyKind;
import org.corroborate.report.Place;
import org.corroborate.report.Source;
import org.corroborate.report.Span;
import org.corroborate.report.Status;
import org.corroborate.statement.Frame;
import org.corroborate.statement.Judgement;
import org.corroborate.time.DateResolver;
import org.corroborate.time.ReferenceDateFinder;

/**
 * Finds the incidents an article reports. A word from the trigger list that names a specific happening (not a
 * generic plural, not habitual, not under a modal or a condition, not an infinitive of purpose) anchors an incident;
 * the sentences after it in the same paragraph belong to it until a different date, a "Meanwhile" or "in another
 * attack" opens another; "this attack" later on refers back to it. Each incident then gathers its date, place,
 * parties, targets, weapons and figures from its sentences.
 */
public final class IncidentExtractor {

    private static final Set<String> NEW_INCIDENT_OPENERS = Set.of("meanwhile", "separately", "elsewhere",
            "earlier", "later");
    /** Modifiers of an incident word that tell of one more incident: "in another attack", "a separate bombing". */
    private static final Set<String> ANOTHER_WORDS = Set.of("another", "separate", "second", "third", "different",
            "new", "other");
    /** Nouns for any happening, which open one more incident with "another": "in another incident, ...". */
    private static final Set<String> EVENT_NOUNS = Set.of("incident", "event", "action", "case", "development");
    private static final Set<String> NON_EVENT_DATE_MARKERS = Set.of("by", "as", "since", "until", "till", "before");
    private static final Set<String> ATTEMPT_WORDS = Set.of("attempt", "attempted", "failed", "foiled", "thwarted",
            "defused", "deactivated", "tried", "averted");

    private final IncidentLexicon lexicon = new IncidentLexicon();
    private final ViolenceWords violence = new ViolenceWords(lexicon);
    private final TriggerFinder triggers = new TriggerFinder(lexicon, violence);
    private final PartyReader parties = new PartyReader(lexicon, violence);
    private final TargetReader targets = new TargetReader(lexicon, violence);
    private final FigureReader figures = new FigureReader(lexicon);
    private final RoleFeatures roleFeatures = new RoleFeatures(lexicon);
    private final RoleCasting roles;
    private final IncidentCoding coding;
    private final IncidentPlaces incidentPlaces;
    private final DateResolver dates = new DateResolver();

    public IncidentExtractor(IncidentCoding coding, PlaceResolver places, RoleModel roles) {
        this.coding = coding;
        this.roles = new RoleCasting(roleFeatures, roles);
        this.incidentPlaces = new IncidentPlaces(places, lexicon);
    }

    public List<IncidentReport> extract(AnalyzedText text, List<List<ActorMention>> mentions,
                                        List<List<Frame>> frames, Optional<LocalDate> reference) {
        int datelineEnd = ReferenceDateFinder.datelineSeparator(text.text()).map(s -> s[0]).orElse(-1);
        List<IncidentDraft> drafts = new ArrayList<>();
        IncidentDraft current = null;
        List<List<IncidentWord>> hitsBySentence = hitsBySentence(text, frames);
        for (Sentence s : text.sentences()) {
            List<IncidentWord> hits = hitsBySentence.get(s.index());
            Optional<LocalDate> day = eventDay(s, reference, datelineEnd);
            boolean opener = (!s.tokens().isEmpty()
                    && NEW_INCIDENT_OPENERS.contains(s.tokens().get(0).word().toLowerCase(Locale.ROOT)))
                    || hits.stream().anyMatch(h -> another(s, h.token())) || anotherEvent(s);
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
            boolean refersBack = hits.stream().allMatch(IncidentWord::anaphoric);
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
                IncidentWord anchor = hits.stream().filter(h -> !h.anaphoric()).findFirst().orElse(hits.get(0));
                current = new IncidentDraft(anchor, s.paragraph(), day);
                current.hits.addAll(hits.subList(1, hits.size()));
                drafts.add(current);
            }
        }
        PersonNaming people = PersonNaming.of(text, mentions);
        List<String> articlePlaces = IncidentPlaces.articlePlaces(text, mentions);
        RoleCasting.Casting casting = roles.cast(drafts, text, mentions, frames, hitsBySentence, people);
        Map<IncidentDraft, IncidentFacts> facts = new LinkedHashMap<>();
        Map<IncidentDraft, IncidentFacts> muc4 = new LinkedHashMap<>();
        for (IncidentDraft d : drafts) {
            if (d.hits.stream().allMatch(h -> h.type() == IncidentType.THREAT) && d.hits.size() == 1
                    && d.anchor.anaphoric()) {
                continue;
            }
            IncidentFacts g = facts(d, text, mentions, frames, people, casting);
            facts.put(d, g);
            if (codes(d, g, text).muc4Type().isPresent()) {
                muc4.put(d, g);
            }
        }
        casting.fillEmptyRoles(muc4, text, frames);
        List<IncidentReport> reports = new ArrayList<>();
        Map<String, String> namesUsed = new HashMap<>();
        for (Map.Entry<IncidentDraft, IncidentFacts> e : facts.entrySet()) {
            IncidentReport report = assemble("i" + (reports.size() + 1), e.getKey(), e.getValue(), text, mentions,
                    frames, reference, datelineEnd, articlePlaces);
            if (hasSubstance(report)) {
                reports.add(consistentNames(report, namesUsed));
            }
        }
        return reports;
    }

    /**
     * What in the text may fill a role in an incident (person and organization mentions, people described by a
     * noun, target and weapon nouns), with the features the role model reads. For training the model
     * ({@code corroborate learn roles}).
     */
    public List<RoleCandidate> roleCandidates(AnalyzedText text, List<List<ActorMention>> mentions,
                                              List<List<Frame>> frames) {
        return roleFeatures.candidates(text, mentions, frames, hitsBySentence(text, frames),
                PersonNaming.of(text, mentions));
    }

    /**
     * Whether incident word {@code i} (or, for a verb, its subject) is said to be one more incident: "in another
     * incident", "in a separate attack", "a second bomb exploded".
     */
    private static boolean another(Sentence s, int i) {
        int noun = s.tokens().get(i).isNoun() ? i : s.childrenOf(i).stream()
                .filter(d -> d.relation().startsWith("nsubj")).map(Dependency::dependent).findFirst().orElse(-1);
        if (noun < 0) {
            return false;
        }
        return s.childrenOf(noun).stream().anyMatch(d -> (d.is("det") || d.is("amod")) && d.dependent() < noun
                && ANOTHER_WORDS.contains(s.tokens().get(d.dependent()).lowerLemma()));
    }

    /** Whether the sentence tells of one more happening of any kind: "in another incident, ...". */
    private static boolean anotherEvent(Sentence s) {
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).isNoun() && EVENT_NOUNS.contains(s.tokens().get(i).lowerLemma()) && another(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** Per sentence, the words that report an incident there. */
    private List<List<IncidentWord>> hitsBySentence(AnalyzedText text, List<List<Frame>> frames) {
        return text.sentences().stream().map(s -> triggers.hits(s, frames.get(s.index()))).toList();
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

    // --- dates ---------------------------------------------------------------------------------------------------

    private Optional<LocalDate> eventDay(Sentence s, Optional<LocalDate> reference, int datelineEnd) {
        return eventDate(s, reference, datelineEnd).filter(d -> d.precision() == DatePrecision.DAY)
                .flatMap(DateInterval::start);
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

    /**
     * What incident {@code d}'s sentences tell of its parties, targets, weapons and figures: what the rules read,
     * with what the role model casts there or rules out, and the armed group of attackers only described.
     */
    private IncidentFacts facts(IncidentDraft d, AnalyzedText text, List<List<ActorMention>> mentions,
                                List<List<Frame>> frames, PersonNaming people, RoleCasting.Casting casting) {
        IncidentFacts g = new IncidentFacts();
        for (int index : d.sentences) {
            Sentence s = text.sentences().get(index);
            gather(text.text(), s, mentions.get(index), frames.get(index), g, d, people);
        }
        parties.nameDescribedVictims(text, mentions, frames, g, d, people);
        // The role model learned MUC-4's notion of attackers and victims: it reads incidents of MUC-4's types only,
        // not security operations, clashes or air strikes, whose parties are the forces themselves.
        if (coding.codesFor(type(d, g, text), false).muc4Type().isPresent()) {
            casting.apply(d, text, frames, g);
        }
        // Attackers only described ("the terrorists") or only "they" ("they burned buses") belong to the armed group
        // the article has named; the link is as firm as the description, or as the incident when there is none.
        List<Party> perpetrators = List.copyOf(g.perpetrators.values());
        boolean described = !perpetrators.isEmpty() && perpetrators.stream().allMatch(p -> p.actor().isEmpty());
        if (described || (perpetrators.isEmpty() && pronounAgent(d, text))) {
            Judgement judgement = anchorJudgement(d, text, frames);
            Status linkStatus = described ? perpetrators.get(0).status() : judgement.status();
            Optional<Source> linkSource = described ? perpetrators.get(0).source() : judgement.source();
            antecedentGroup(d, mentions).ifPresent(m -> g.perpetrators.putIfAbsent(m.actor(), new Party(
                    Optional.of(m.actor()), m.span().text(), PartyKind.ORGANIZATION, linkStatus, linkSource, m.span(),
                    true)));
        }
        return g;
    }

    private static Judgement anchorJudgement(IncidentDraft d, AnalyzedText text, List<List<Frame>> frames) {
        return Judgement.of(text.sentences().get(d.anchor.sentence()), frames.get(d.anchor.sentence()),
                d.anchor.token());
    }

    /** The incident's type: a bombing when an attack was made with explosives. */
    private static IncidentType finalType(IncidentDraft d, IncidentFacts g, AnalyzedText text) {
        IncidentType type = type(d, g, text);
        return type == IncidentType.ARMED_ASSAULT && explosives(g) ? IncidentType.BOMBING : type;
    }

    private static boolean explosives(IncidentFacts g) {
        return g.weapons.values().stream().anyMatch(w -> w.gtdWeaponType()
                .map(t -> t.equals("Explosives") || t.equals("Explosives (vehicle)")
                        || t.startsWith("Explosives (landmine)"))
                .orElse(false));
    }

    private static boolean suicide(IncidentDraft d, AnalyzedText text) {
        return d.sentences.stream().anyMatch(index -> text.sentences().get(index).tokens().stream()
                .anyMatch(t -> t.word().toLowerCase(Locale.ROOT).startsWith("suicide")));
    }

    /** The incident's codes in GTD, ACLED and MUC-4 terms; no MUC-4 type for what MUC-4 leaves out. */
    private IncidentCoding.Codes codes(IncidentDraft d, IncidentFacts g, AnalyzedText text) {
        IncidentType type = finalType(d, g, text);
        IncidentCoding.Codes codes = coding.codesFor(type, suicide(d, text) && type == IncidentType.BOMBING);
        if (type == IncidentType.ARSON_SABOTAGE) {
            codes = Muc4Scope.sabotageCodes(codes, d, text, explosives(g));
        }
        return Muc4Scope.inMuc4Scope(g) ? codes : codes.outsideMuc4();
    }

    private IncidentReport assemble(String id, IncidentDraft d, IncidentFacts g, AnalyzedText text,
                                    List<List<ActorMention>> mentions, List<List<Frame>> frames,
                                    Optional<LocalDate> reference, int datelineEnd, List<String> articlePlaces) {
        List<Frame> anchorFrames = frames.get(d.anchor.sentence());
        Status status = anchorJudgement(d, text, frames).status();
        IncidentType type = finalType(d, g, text);
        boolean suicide = suicide(d, text);
        DateInterval date = date(d, text, reference, anchorFrames, datelineEnd);
        Optional<Place> place = incidentPlaces.place(d, text, mentions, articlePlaces, datelineEnd);
        Stage stage = type == IncidentType.THREAT ? Stage.THREATENED : stage(d, text);
        List<Span> evidence = new ArrayList<>();
        for (IncidentWord h : d.hits) {
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
        return new IncidentReport(id, type, stage, codes(d, g, text), date,
                place, perpetrators, new ArrayList<>(g.claimedBy.values()), new ArrayList<>(g.victims.values()),
                new ArrayList<>(g.targets.values()), new ArrayList<>(g.weapons.values()), figureLists,
                Optional.of(suicide), status, evidence);
    }

    /**
     * The armed group that attackers the incident only describes ("the terrorists") belong to: the group last named
     * up to the incident's first sentence, else the first one named within the incident.
     */
    private static Optional<ActorMention> antecedentGroup(IncidentDraft d, List<List<ActorMention>> mentions) {
        for (int k = d.anchor.sentence(); k >= 0; k--) {
            List<ActorMention> in = mentions.get(k);
            for (int i = in.size() - 1; i >= 0; i--) {
                if (in.get(i).kind() == ActorKind.ARMED_GROUP) {
                    return Optional.of(in.get(i));
                }
            }
        }
        for (int k : d.sentences) {
            for (ActorMention m : mentions.get(k)) {
                if (m.kind() == ActorKind.ARMED_GROUP) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    /** "They burned buses": an incident verb whose subject is "they". */
    private static boolean pronounAgent(IncidentDraft d, AnalyzedText text) {
        for (IncidentWord h : d.hits) {
            Sentence s = text.sentences().get(h.sentence());
            for (Dependency dep : s.childrenOf(h.token())) {
                if (dep.relation().equals("nsubj") && s.tokens().get(dep.dependent()).word().equalsIgnoreCase("they")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds what one sentence says about the incident to its facts. */
    private void gather(String text, Sentence s, List<ActorMention> mentions, List<Frame> frames, IncidentFacts g,
                        IncidentDraft d, PersonNaming people) {
        parties.read(text, s, mentions, frames, g, d, people);
        targets.read(text, s, g);
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).lowerLemma().equals("hostage") && TriggerFinder.takenHostage(s, i)) {
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


    private static IncidentType type(IncidentDraft d, IncidentFacts g, AnalyzedText text) {
        // "killed in a clash": the killing is the outcome, the clash says what happened.
        List<IncidentWord> deciding = d.hits.stream().filter(h -> !isOutcomeWord(text, h)).toList();
        if (deciding.isEmpty()) {
            deciding = d.hits;
        }
        IncidentType best = deciding.get(0).type();
        for (IncidentWord h : deciding) {
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

    private static boolean isOutcomeWord(AnalyzedText text, IncidentWord h) {
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

    private DateInterval date(IncidentDraft d, AnalyzedText text, Optional<LocalDate> reference,
                              List<Frame> anchorFrames, int datelineEnd) {
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

    private static Stage stage(IncidentDraft d, AnalyzedText text) {
        Sentence s = text.sentences().get(d.anchor.sentence());
        int last = Math.min(s.tokens().size() - 1, d.anchor.token() + 2);
        for (int k = Math.max(0, d.anchor.token() - 4); k <= last; k++) {
            if (ATTEMPT_WORDS.contains(s.tokens().get(k).word().toLowerCase(Locale.ROOT))) {
                return Stage.ATTEMPTED;
            }
        }
        return Stage.ACCOMPLISHED;
    }
}
