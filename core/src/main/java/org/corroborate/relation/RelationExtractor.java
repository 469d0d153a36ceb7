package org.corroborate.relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.actor.ActorKind;
import org.corroborate.actor.ActorMention;
import org.corroborate.actor.ActorRegistry;
import org.corroborate.actor.ClauseParties;
import org.corroborate.nlp.AnalyzedText;
import org.corroborate.nlp.Dependency;
import org.corroborate.nlp.Entity;
import org.corroborate.nlp.PartOfSpeech;
import org.corroborate.nlp.Sentence;
import org.corroborate.nlp.Token;
import org.corroborate.report.Span;
import org.corroborate.statement.Frame;
import org.corroborate.statement.Judgement;

/**
 * Reads relations between actors from cue words (see {@code relation-cues.tsv}): verbs ("supported"), giving a
 * resource ("provided weapons to X"), receiving one ("receiving Indian funding"), placement ("headquartered in X"),
 * designation ("recognized as a terrorist group by X"), roles ("a spokesperson for X, NAME") and units ("the Fatih
 * Unit of X"). Each relation takes the status, source and polarity of its cue word (see {@link Judgement}).
 * Relations that repeat (same parties, predicate, status and source) are merged with all their evidence.
 */
public final class RelationExtractor {

    /** Head nouns that make an unnamed recipient a party: "armed forces in Balochistan". */
    private static final Set<String> GROUP_NOUNS = Set.of("force", "forces", "group", "groups", "organization",
            "organizations", "organisation", "organisations", "militant", "militants", "separatist", "separatists",
            "rebel", "rebels", "fighter", "fighters", "insurgent", "insurgents", "militia", "militias",
            "guerrilla", "guerrillas", "movement", "movements", "countries", "states", "governments");

    private static final Set<String> TOPIC_MARKERS = Set.of("on", "about", "regarding", "concerning", "against");
    private static final Set<String> MODAL_OFFER = Set.of("could", "would", "will", "can", "may", "might", "offer",
            "ready", "willing", "propose");

    private final RelationLexicon lexicon = new RelationLexicon();
    private final ActorRegistry registry;

    public RelationExtractor(ActorRegistry registry) {
        this.registry = registry;
    }

    public List<Relation> extract(AnalyzedText text, List<List<ActorMention>> mentions, List<List<Frame>> frames) {
        Map<String, Relation> merged = new LinkedHashMap<>();
        for (Sentence sentence : text.sentences()) {
            SentenceReader reader = new SentenceReader(text.text(), sentence, mentions.get(sentence.index()),
                    frames.get(sentence.index()));
            for (Relation r : reader.read()) {
                String key = r.subject() + "|" + r.predicate() + "|" + r.object() + "|" + r.status() + "|"
                        + r.polarity() + "|" + r.source().map(s -> s.name()).orElse("");
                Relation previous = merged.get(key);
                if (previous == null) {
                    merged.put(key, r);
                } else {
                    List<Span> evidence = new ArrayList<>(previous.evidence());
                    evidence.addAll(r.evidence());
                    merged.put(key, new Relation(previous.subject(), previous.predicate(), previous.object(),
                            previous.status(), previous.polarity(), previous.source(), previous.date(), evidence));
                }
            }
        }
        return List.copyOf(merged.values());
    }

    /** Reads one sentence. */
    private final class SentenceReader {
        private final String text;
        private final Sentence s;
        private final List<ActorMention> mentions;
        private final List<Frame> frames;
        private final ClauseParties parties;
        private final List<Relation> out = new ArrayList<>();

        SentenceReader(String text, Sentence s, List<ActorMention> mentions, List<Frame> frames) {
            this.text = text;
            this.s = s;
            this.mentions = mentions;
            this.frames = frames;
            this.parties = new ClauseParties(s, mentions);
        }

        List<Relation> read() {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String lemma = t.lowerLemma();
                String stem = stem(t.word());
                if (t.isVerb() && lexicon.has(RelationLexicon.Kind.VERB, lemma)) {
                    verb(i, lexicon.lookup(RelationLexicon.Kind.VERB, lemma).orElseThrow());
                } else if (lexicon.has(RelationLexicon.Kind.GIVE, lemma) || lexicon.has(RelationLexicon.Kind.GIVE, stem)) {
                    if (t.isVerb() || t.pos() == PartOfSpeech.ADJ) {
                        give(i);
                    }
                } else if (t.isVerb() && lexicon.has(RelationLexicon.Kind.RECEIVE, lemma)) {
                    receive(i);
                } else if (lexicon.has(RelationLexicon.Kind.LOCATED, t.word().toLowerCase(Locale.ROOT))
                        && t.isPastParticiple()) {
                    located(i);
                } else if (t.isVerb() && lexicon.has(RelationLexicon.Kind.DESIGNATE, lemma)) {
                    designated(i);
                } else if (t.isNoun() && lexicon.has(RelationLexicon.Kind.ROLE, lemma)) {
                    role(i, lexicon.lookup(RelationLexicon.Kind.ROLE, lemma).orElseThrow());
                }
            }
            units();
            appositiveAgencies();
            return out;
        }

        private void verb(int i, Predicate predicate) {
            Optional<ActorMention> subject;
            Optional<ActorMention> object;
            if (s.isPassive(i)) {
                object = passiveSubject(i);
                subject = agent(i);
            } else {
                subject = parties.subjectOf(i);
                object = directObject(i).or(() -> parties.firstAfter(i, TOPIC_MARKERS));
            }
            if (predicate == Predicate.OFFERED_COOPERATION && !offered(i)) {
                predicate = Predicate.ALLIED_WITH;
            }
            if (subject.isPresent() && object.isPresent()) {
                add(subject.get().actor(), predicate, object.get().actor(), i, subject.get().span(), object.get().span());
            }
        }

        /** "provided weapons to X", "provided X with drones", "injected funds into X", "providing intelligence". */
        private void give(int i) {
            List<Integer> resources = resourcesAfter(i);
            if (resources.isEmpty()) {
                return;
            }
            Optional<ActorMention> subject = parties.subjectOf(i);
            if (subject.isEmpty()) {
                return;
            }
            int lastResource = resources.get(resources.size() - 1);
            Optional<ActorMention> recipient = recipientAfter(lastResource);
            Optional<String> recipientText = recipient.map(ActorMention::actor);
            Span recipientSpan = recipient.map(ActorMention::span).orElse(null);
            if (recipient.isEmpty()) {
                Optional<ActorMention> indirect = parties.at(i + 1);
                if (indirect.isPresent() && indirect.get().firstToken() < resources.get(0)) {
                    recipientText = Optional.of(indirect.get().actor());
                    recipientSpan = indirect.get().span();
                }
            }
            if (recipientText.isEmpty()) {
                Optional<int[]> group = groupAfterTo(lastResource);
                if (group.isPresent()) {
                    int[] g = group.get();
                    recipientSpan = Span.of(text, s.tokens().get(g[0]).start(), s.tokens().get(g[1]).end());
                    recipientText = Optional.of(recipientSpan.text());
                }
            }
            if (recipientText.isEmpty()) {
                Optional<ActorMention> earlier = objectBetween(subject.get(), i);
                if (earlier.isPresent()) {
                    recipientText = Optional.of(earlier.get().actor());
                    recipientSpan = earlier.get().span();
                }
            }
            if (recipientText.isEmpty()) {
                return;
            }
            for (int r : resources) {
                Predicate p = lexicon.lookup(RelationLexicon.Kind.RESOURCE, resourceKey(r)).orElseThrow();
                add(subject.get().actor(), p, recipientText.get(), i, subject.get().span(), recipientSpan);
            }
        }

        /** "X ... receiving Indian funding, training": the demonym or "from Y" names the giver. */
        private void receive(int i) {
            List<Integer> resources = resourcesAfter(i);
            Optional<ActorMention> recipient = parties.subjectOf(i);
            if (resources.isEmpty() || recipient.isEmpty()) {
                return;
            }
            String giver = null;
            Span giverSpan = null;
            for (int r : resources) {
                if (r > 0) {
                    var state = registry.byDemonym(s.tokens().get(r - 1).word());
                    if (state.isPresent() && giver == null) {
                        giver = state.get().name();
                        giverSpan = span(r - 1, r - 1);
                    }
                }
            }
            if (giver == null) {
                Optional<ActorMention> from = parties.firstAfter(resources.get(0), Set.of());
                if (from.isPresent() && parties.prepositionBefore(from.get().firstToken()).orElse("").equals("from")) {
                    giver = from.get().actor();
                    giverSpan = from.get().span();
                }
            }
            if (giver == null) {
                return;
            }
            for (int r : resources) {
                Predicate p = lexicon.lookup(RelationLexicon.Kind.RESOURCE, resourceKey(r)).orElseThrow();
                add(giver, p, recipient.get().actor(), i, giverSpan, recipient.get().span());
            }
        }

        /** "X, headquartered in Y" and "X, based in Y". */
        private void located(int i) {
            if (i + 1 >= s.tokens().size() || !s.tokens().get(i + 1).word().equalsIgnoreCase("in")) {
                return;
            }
            Optional<ActorMention> subject = parties.nearestEligibleBefore(i);
            Optional<String> place = Optional.empty();
            Span placeSpan = null;
            Optional<ActorMention> m = parties.at(i + 2).or(() -> parties.at(i + 3));
            if (m.isPresent()) {
                place = Optional.of(m.get().actor());
                placeSpan = m.get().span();
            } else {
                for (Entity e : s.entities()) {
                    if (e.type().isPlace() && (e.firstToken() == i + 2 || e.firstToken() == i + 3)) {
                        place = Optional.of(e.text());
                        placeSpan = Span.of(text, e.start(), e.end());
                    }
                }
            }
            if (subject.isPresent() && place.isPresent()) {
                add(subject.get().actor(), Predicate.BASED_IN, place.get(), i, subject.get().span(), placeSpan);
            }
        }

        /** "X ... recognized as a terrorist group by Y" and "Y designated X as a terrorist organization". */
        private void designated(int i) {
            boolean terrorist = false;
            for (int k = i + 1; k <= Math.min(s.tokens().size() - 1, i + 10); k++) {
                terrorist |= s.tokens().get(k).word().toLowerCase(Locale.ROOT).startsWith("terror");
            }
            if (!terrorist) {
                return;
            }
            boolean passive = s.isPassive(i) || s.tokens().get(i).isPastParticiple();
            if (!passive) {
                Optional<ActorMention> designator = parties.subjectOf(i);
                Optional<ActorMention> designee = directObject(i).or(() -> parties.firstAfter(i, Set.of()));
                if (designator.isPresent() && designee.isPresent()) {
                    add(designator.get().actor(), Predicate.DESIGNATED_TERRORIST, designee.get().actor(), i,
                            designator.get().span(), designee.get().span());
                }
                return;
            }
            Optional<ActorMention> designated = parties.nearestEligibleBefore(i);
            int by = -1;
            for (int k = i + 1; k < s.tokens().size(); k++) {
                if (s.tokens().get(k).word().equalsIgnoreCase("by")) {
                    by = k;
                    break;
                }
            }
            if (designated.isEmpty() || by < 0 || by + 1 >= s.tokens().size()) {
                return;
            }
            int agentStart = by + 1;
            Optional<ActorMention> designator = parties.at(agentStart).or(() -> parties.at(agentStart + 1));
            String name;
            Span designatorSpan;
            if (designator.isPresent()) {
                name = designator.get().actor();
                designatorSpan = designator.get().span();
            } else {
                int last = agentStart;
                while (last + 1 < s.tokens().size() && s.tokens().get(last + 1).pos() != PartOfSpeech.PUNCT
                        && !"IN".equals(s.tokens().get(last + 1).tag())) {
                    last++;
                }
                designatorSpan = span(agentStart, last);
                name = designatorSpan.text();
            }
            add(name, Predicate.DESIGNATED_TERRORIST, designated.get().actor(), i, designatorSpan,
                    designated.get().span());
        }

        /** "a spokesperson for the Fatih Unit of the BLA, Jeyand Baloch" and "BLA spokesman Jeyand Baloch". */
        private void role(int i, Predicate predicate) {
            Optional<ActorMention> person = Optional.empty();
            for (ActorMention m : mentions) {
                if (m.kind() == ActorKind.PERSON && (m.firstToken() == i + 1 || (m.firstToken() > i
                        && m.firstToken() <= i + 24 && s.tokens().get(m.firstToken() - 1).word().equals(",")))) {
                    person = Optional.of(m);
                    break;
                }
            }
            Optional<ActorMention> organization = Optional.empty();
            if (i + 1 < s.tokens().size()) {
                String next = s.tokens().get(i + 1).word().toLowerCase(Locale.ROOT);
                if (next.equals("for") || next.equals("of")) {
                    organization = parties.firstAfter(i, Set.of());
                }
            }
            if (organization.isEmpty() && i > 0) {
                organization = parties.at(i - 1);
            }
            if (person.isEmpty() || organization.isEmpty() || organization.get().kind() == ActorKind.PERSON
                    || (person.get().firstToken() < organization.get().firstToken() && person.get().firstToken() > i)) {
                return;
            }
            ActorMention top = topOrganization(organization.get());
            add(person.get().actor(), predicate, top.actor(), i, person.get().span(), top.span());
        }

        /** "the Fatih Unit of the Baloch Liberation Army": a unit word heads a name followed by "of" an organization. */
        private void units() {
            for (ActorMention m : mentions) {
                String head = s.tokens().get(m.lastToken()).lowerLemma();
                if (!lexicon.has(RelationLexicon.Kind.UNIT, head) || !organizational(m)) {
                    continue;
                }
                ofOrganization(m).ifPresent(parent -> add(m.actor(), Predicate.PART_OF, parent.actor(),
                        m.lastToken(), m.span(), parent.span()));
            }
        }

        /** "The Indian intelligence agency, the Research and Analysis Wing (RAW)": the agency belongs to the state. */
        private void appositiveAgencies() {
            for (int a = 0; a < mentions.size(); a++) {
                for (int b = 0; b < mentions.size(); b++) {
                    ActorMention state = mentions.get(a);
                    ActorMention agency = mentions.get(b);
                    if (state.form() != ActorMention.Form.DEMONYM || agency.form() != ActorMention.Form.NAME
                            || !(agency.kind() == ActorKind.STATE_AGENCY || agency.kind() == ActorKind.ORGANIZATION)
                            || state.actor().equals(agency.actor())) {
                        continue;
                    }
                    if (adjacentInApposition(state, agency) || adjacentInApposition(agency, state)) {
                        add(agency.actor(), Predicate.PART_OF, state.actor(), agency.firstToken(), agency.span(),
                                state.span());
                    }
                }
            }
        }

        private boolean adjacentInApposition(ActorMention first, ActorMention second) {
            int k = first.lastToken() + 1;
            if (k >= s.tokens().size() || !s.tokens().get(k).word().equals(",")) {
                return false;
            }
            k++;
            while (k < second.firstToken() && (s.tokens().get(k).pos() == PartOfSpeech.DET
                    || s.tokens().get(k).word().equals("\""))) {
                k++;
            }
            return k == second.firstToken();
        }

        private ActorMention topOrganization(ActorMention m) {
            ActorMention current = m;
            for (int guard = 0; guard < 3; guard++) {
                Optional<ActorMention> parent = ofOrganization(current);
                if (parent.isEmpty()) {
                    break;
                }
                current = parent.get();
            }
            return current;
        }

        private Optional<ActorMention> ofOrganization(ActorMention m) {
            int k = m.lastToken() + 1;
            while (k < s.tokens().size() && s.tokens().get(k).isQuote()) {
                k++;
            }
            if (k >= s.tokens().size() || !s.tokens().get(k).word().equalsIgnoreCase("of")) {
                return Optional.empty();
            }
            k++;
            while (k < s.tokens().size() && (s.tokens().get(k).pos() == PartOfSpeech.DET
                    || s.tokens().get(k).isQuote())) {
                k++;
            }
            Optional<ActorMention> parent = parties.at(k);
            return parent.filter(this::organizational).filter(p -> !p.actor().equals(m.actor()));
        }

        private boolean organizational(ActorMention m) {
            return m.kind() == ActorKind.ARMED_GROUP || m.kind() == ActorKind.ORGANIZATION
                    || m.kind() == ActorKind.STATE_AGENCY || m.kind() == ActorKind.POLITICAL_PARTY;
        }

        // --- helpers -----------------------------------------------------------------------------------------

        private List<Integer> resourcesAfter(int i) {
            List<Integer> found = new ArrayList<>();
            int limit = Math.min(s.tokens().size() - 1, i + 9);
            for (int k = i + 1; k <= limit; k++) {
                Token t = s.tokens().get(k);
                if (t.word().equals(";") || t.word().equals(".") || (t.isVerb() && t.pos() == PartOfSpeech.VERB
                        && !t.isGerund())) {
                    break;
                }
                if (t.isNoun() && lexicon.has(RelationLexicon.Kind.RESOURCE, resourceKey(k))
                        && !(k + 1 < s.tokens().size() && s.tokens().get(k + 1).isNoun()
                            && !lexicon.has(RelationLexicon.Kind.RESOURCE, resourceKey(k + 1)))) {
                    found.add(k);
                } else if (!found.isEmpty() && !(t.word().equals(",") || t.word().equalsIgnoreCase("and")
                        || t.pos() == PartOfSpeech.ADJ || t.isNoun())) {
                    break;
                }
            }
            return found;
        }

        private String resourceKey(int k) {
            Token t = s.tokens().get(k);
            String word = t.word().toLowerCase(Locale.ROOT);
            return lexicon.has(RelationLexicon.Kind.RESOURCE, word) ? word : t.lowerLemma();
        }

        /** "to X", "into X", "for X" right after the resource, before the clause ends. */
        private Optional<ActorMention> recipientAfter(int resource) {
            Optional<ActorMention> next = parties.firstAfter(resource, TOPIC_MARKERS);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            ActorMention m = next.get();
            String marker = parties.prepositionBefore(m.firstToken()).orElse("");
            boolean recipientMarker = marker.equals("to") || marker.equals("into") || marker.equals("for")
                    || marker.equals("like") || marker.equals("as") || marker.equals("including");
            boolean viaMembers = marker.equals("of") && parties.canBeSubject(m);
            if (!(recipientMarker || viaMembers) || m.firstToken() - resource > 12) {
                return Optional.empty();
            }
            return next;
        }

        /** "providing funds to armed forces in Balochistan": an unnamed group as recipient. */
        private Optional<int[]> groupAfterTo(int resource) {
            for (int k = resource + 1; k < Math.min(s.tokens().size(), resource + 4); k++) {
                if (!s.tokens().get(k).word().equalsIgnoreCase("to")) {
                    continue;
                }
                for (int h = k + 1; h < Math.min(s.tokens().size(), k + 4); h++) {
                    if (GROUP_NOUNS.contains(s.tokens().get(h).word().toLowerCase(Locale.ROOT))) {
                        int last = h;
                        if (h + 2 < s.tokens().size() && s.tokens().get(h + 1).word().equalsIgnoreCase("in")
                                && s.tokens().get(h + 2).pos() == PartOfSpeech.PROPN) {
                            last = h + 2;
                        }
                        return Optional.of(new int[] {k + 1, last});
                    }
                }
            }
            return Optional.empty();
        }

        /** "X maintains contact with Y, providing intelligence": Y, the object of X's main clause, receives. */
        private Optional<ActorMention> objectBetween(ActorMention subject, int predicate) {
            for (ActorMention m : mentions) {
                if (m.firstToken() > subject.lastToken() && m.lastToken() < predicate && m.canBeParty()
                        && !m.actor().equals(subject.actor()) && parties.isObject(m)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }

        private Optional<ActorMention> directObject(int i) {
            for (Dependency d : s.childrenOf(i)) {
                if (d.is("obj")) {
                    Optional<ActorMention> m = parties.inPhrase(d.dependent());
                    if (m.isPresent()) {
                        return m;
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<ActorMention> passiveSubject(int i) {
            for (Dependency d : s.childrenOf(i)) {
                if (d.relation().equals("nsubj:pass")) {
                    return parties.inPhrase(d.dependent());
                }
            }
            return parties.nearestEligibleBefore(i);
        }

        private Optional<ActorMention> agent(int i) {
            for (int k = i + 1; k < Math.min(s.tokens().size() - 1, i + 4); k++) {
                if (s.tokens().get(k).word().equalsIgnoreCase("by")) {
                    return parties.firstAfter(k - 1, Set.of());
                }
            }
            return Optional.empty();
        }


        /** "could cooperate", "offered to cooperate": an offer, not an alliance. */
        private boolean offered(int i) {
            for (int k = Math.max(0, i - 3); k < i; k++) {
                if (MODAL_OFFER.contains(s.tokens().get(k).lowerLemma())) {
                    return true;
                }
            }
            return false;
        }

        private void add(String subject, Predicate predicate, String object, int cueToken, Span subjectSpan,
                         Span objectSpan) {
            if (subject.equals(object)) {
                return;
            }
            Judgement judgement = Judgement.of(s, frames, cueToken);
            Token cue = s.tokens().get(cueToken);
            int start = Math.min(cue.start(), Math.min(subjectSpan == null ? cue.start() : subjectSpan.start(),
                    objectSpan == null ? cue.start() : objectSpan.start()));
            int end = Math.max(cue.end(), Math.max(subjectSpan == null ? cue.end() : subjectSpan.end(),
                    objectSpan == null ? cue.end() : objectSpan.end()));
            out.add(new Relation(subject, predicate, object, judgement.status(), judgement.polarity(),
                    judgement.source(), Optional.empty(), List.of(Span.of(text, start, end))));
        }

        private Span span(int first, int last) {
            return Span.of(text, s.tokens().get(first).start(), s.tokens().get(last).end());
        }
    }


    /** A crude stem for participles the tagger read as adjectives ("injected"). */
    private static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("ed") && w.length() > 4) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ing") && w.length() > 5) {
            return w.substring(0, w.length() - 3);
        }
        return w;
    }
}
