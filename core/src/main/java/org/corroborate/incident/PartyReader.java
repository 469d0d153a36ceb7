package org.corroborate.incident;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corroborate.actor.ActorKind;
import org.corroborate.actor.ActorMention;
import org.corroborate.actor.ClauseParties;
import org.corroborate.nlp.AnalyzedText;
import org.corroborate.nlp.Dependency;
import org.corroborate.nlp.PartOfSpeech;
import org.corroborate.nlp.Sentence;
import org.corroborate.nlp.Token;
import org.corroborate.report.Party;
import org.corroborate.report.PartyKind;
import org.corroborate.report.Source;
import org.corroborate.report.SourceKind;
import org.corroborate.report.Span;
import org.corroborate.report.Status;
import org.corroborate.statement.Frame;
import org.corroborate.statement.Judgement;

/**
 * Reads who did it and to whom from an incident's sentences: organizations and people that act (subject or "by"
 * agent of violence), claim it, are blamed for it or conduct it; victims named or described.
 */
final class PartyReader {

    private final IncidentLexicon lexicon;
    private final ViolenceWords violence;

    PartyReader(IncidentLexicon lexicon, ViolenceWords violence) {
        this.lexicon = lexicon;
        this.violence = violence;
    }

    /** Adds the perpetrators, claimants and victims that sentence {@code s} names to {@code g}. */
    void read(String text, Sentence s, List<ActorMention> mentions, List<Frame> frames, IncidentFacts g,
              IncidentDraft d, PersonNaming naming) {
        ClauseParties clause = new ClauseParties(s, mentions);
        claims(text, s, mentions, frames, g);
        for (ActorMention m : mentions) {
            if (!m.canBeParty() || m.kind() == ActorKind.PERSON) {
                continue;
            }
            boolean armed = m.kind() == ActorKind.ARMED_GROUP;
            boolean state = m.kind() == ActorKind.STATE || m.kind() == ActorKind.STATE_AGENCY;
            Optional<Status> held = heldResponsible(s, m.firstToken(), m.lastToken());
            boolean agent = agentOfViolence(s, m.firstToken(), m.lastToken()) || held.isPresent();
            boolean armedSubject = armed && clause.canBeSubject(m) && beforeAVerb(s, m);
            boolean stateActing = state && stateViolence(d) && conductsAHit(s, m, d);
            if (!(agent || armedSubject || stateActing)) {
                continue;
            }
            Judgement j = Judgement.of(s, frames, m.firstToken());
            g.perpetrators.putIfAbsent(m.actor(), organizationParty(text, s, m, status(j, held), j.source()));
            if (held.isPresent() || (state && harmsCivilians(s, m.firstToken(), m.lastToken()))) {
                g.heldResponsible.add(m.actor());
            }
        }
        List<ActorMention> people = mentions.stream().filter(m -> m.kind() == ActorKind.PERSON).toList();
        for (ActorMention m : people) {
            Optional<Status> held = heldResponsible(s, m.firstToken(), m.lastToken());
            if (agentOfViolence(s, m.firstToken(), m.lastToken()) || held.isPresent()) {
                Judgement j = Judgement.of(s, frames, m.firstToken());
                g.perpetrators.putIfAbsent(m.actor(), new Party(Optional.of(m.actor()), naming.asPerpetrator(m),
                        PartyKind.INDIVIDUAL, status(j, held), j.source(), m.span(), true));
                held.ifPresent(h -> g.heldResponsible.add(m.actor()));
            }
        }
        List<ActorMention> named = new ArrayList<>();
        for (ActorMention m : people) {
            if (namedVictim(s, m)) {
                named.add(m);
            }
        }
        // "A, B and policeman C were killed": the names listed with a victim are victims too.
        for (ActorMention m : withListed(s, people, named)) {
            Judgement j = Judgement.of(s, frames, m.firstToken());
            // The name as written in full where the article first gives it ("Hector Oqueli Colindres").
            String written = naming.name(m);
            g.victims.putIfAbsent(m.actor().toLowerCase(Locale.ROOT), new Party(Optional.of(m.actor()), written,
                    PartyKind.INDIVIDUAL, j.status(), j.source(), m.span(), true));
        }
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            Optional<Status> held = t.isNoun() ? heldResponsible(s, i, i) : Optional.empty();
            String lemma = t.lowerLemma();
            boolean attackers = lexicon.isPerpetratorNoun(lemma);
            boolean organization = lexicon.isAttackingOrganizationNoun(lemma);
            // Words for people in general, for victims ("soldiers", "peasants") and for criminal organizations
            // describe attackers when they act; words for people by what they do in civil life never do.
            boolean agent = (organization || lexicon.canDescribeAttackers(lemma))
                    && (held.isPresent() || agentOfViolence(s, i, i));
            if (t.isNoun() && t.pos() != PartOfSpeech.PROPN && (agent || (attackers && isSubject(s, i)))) {
                describedAttackers(text, s, i, mentions, frames, g, held,
                        organization ? PartyKind.ORGANIZATION : PartyKind.INDIVIDUAL);
            }
            if (lexicon.isVictimNoun(t.lowerLemma()) && t.isNoun() && harmed(s, i)) {
                Span np = NounPhrases.peoplePhrase(text, s, i);
                Judgement j = Judgement.of(s, frames, i);
                g.victims.putIfAbsent(np.text().toLowerCase(Locale.ROOT), new Party(Optional.empty(), np.text(),
                        PartyKind.INDIVIDUAL, j.status(), j.source(), np, false));
            }
        }
    }

    /**
     * Adds the attackers that noun {@code i} describes, and the force or group they are described as members of; not
     * "the group" that refers back to a group the article names ("the group has killed ..."), found by its name, nor
     * people harmed ("(blamed the army of) killing defenseless civilians").
     */
    private void describedAttackers(String text, Sentence s, int i, List<ActorMention> mentions, List<Frame> frames,
                                    IncidentFacts g, Optional<Status> held, PartyKind kind) {
        Span np = NounPhrases.attackersPhrase(text, s, i, mentions, lexicon);
        if (NounPhrases.describesNoAttackers(s, i, np, lexicon)) {
            return;
        }
        String key = np.text().toLowerCase(Locale.ROOT);
        Judgement j = Judgement.of(s, frames, i);
        g.perpetrators.putIfAbsent(key, new Party(Optional.empty(), np.text(), kind,
                NounPhrases.hedged(status(j, held), s, i), j.source(), np, false));
        held.ifPresent(h -> g.heldResponsible.add(key));
        if (kind == PartyKind.INDIVIDUAL) {
            attackersOrganization(text, s, np, mentions, g.perpetrators.get(key)).ifPresent(org -> {
                g.perpetrators.putIfAbsent(org.actor().orElseThrow(), org);
                // "Army troops killed nine peasants": members of a state's force who harm civilians, and the force.
                if (held.isPresent() || (org.kind() == PartyKind.STATE && harmsCivilians(s, i, i))) {
                    g.heldResponsible.add(key);
                    g.heldResponsible.add(org.actor().orElseThrow());
                }
            });
        }
    }

    /** The kinds of actor that people can be members of. */
    private static final Set<ActorKind> ORGANIZED_KINDS = Set.of(ActorKind.STATE, ActorKind.STATE_AGENCY,
            ActorKind.ARMED_GROUP, ActorKind.POLITICAL_PARTY, ActorKind.ORGANIZATION);

    /**
     * The armed force or group that attackers are described as belonging to ("members of the armed forces", "army
     * troops", "air force personnel"): a perpetrator too, as firmly as they are.
     */
    private Optional<Party> attackersOrganization(String text, Sentence s, Span attackers,
                                                  List<ActorMention> mentions, Party described) {
        for (ActorMention m : mentions) {
            // A force named before a noun ("ARMY TROOPS", "AIR FORCE PERSONNEL") is often tagged as any organization.
            boolean body = ORGANIZED_KINDS.contains(m.kind());
            if (body && m.canBeParty() && attackers.start() <= m.span().start() && m.span().end() <= attackers.end()) {
                return Optional.of(organizationParty(text, s, m, described.status(), described.source()));
            }
        }
        return Optional.empty();
    }

    /** An organization or state force as a party, named as the article writes it, a state's force of kind STATE. */
    private Party organizationParty(String text, Sentence s, ActorMention m, Status status, Optional<Source> source) {
        Span words = NounPhrases.organization(text, s, m, lexicon);
        boolean state = m.kind() == ActorKind.STATE || m.kind() == ActorKind.STATE_AGENCY;
        return new Party(Optional.of(m.actor()), words.text(), state ? PartyKind.STATE : PartyKind.ORGANIZATION,
                status, source, words, true);
    }

    /** Words for people that describe attackers only when they act: "unidentified men killed ...". */
    static final Set<String> GENERIC_PEOPLE = Set.of("man", "men", "individual", "person", "youth",
            "people", "woman", "women", "group", "force");

    /** Verbs by which a state carries out an operation: "the military conducted raids". */
    private static final Set<String> CONDUCT_VERBS = Set.of("conduct", "launch", "carry", "stage", "mount",
            "begin", "start", "undertake", "intensify", "step");

    /** Verbs that lay an incident at someone's door. */
    private static final Set<String> BLAME_VERBS = Set.of("blame", "accuse", "suspect", "attribute", "hold",
            "charge", "implicate");

    /** "X claimed responsibility for ...": X (or the organization its spokesperson speaks for) claims it. */
    private void claims(String text, Sentence s, List<ActorMention> mentions, List<Frame> frames, IncidentFacts g) {
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
            if (!(s.tokens().get(k).isQuote() || w.equalsIgnoreCase("the"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean stateViolence(IncidentDraft d) {
        return d.hits.stream().anyMatch(h -> h.type() == IncidentType.SECURITY_OPERATION
                || h.type() == IncidentType.AIR_DRONE_STRIKE || h.type() == IncidentType.SHELLING
                || h.type() == IncidentType.ARMED_CLASH);
    }

    /**
     * "The military conducted raids": the mention is the subject of the verb whose object is the incident word, in
     * the parse or, when the parse is broken, in the token order (a verb of conducting right after the name, the
     * incident word within three words after it).
     */
    private static boolean conductsAHit(Sentence s, ActorMention m, IncidentDraft d) {
        int next = m.lastToken() + 1;
        if (next < s.tokens().size() && CONDUCT_VERBS.contains(s.tokens().get(next).lowerLemma())) {
            for (IncidentWord h : d.hits) {
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
            for (IncidentWord h : d.hits) {
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

    /**
     * Whether tokens first..last (or the people they describe: "army troops", "members of the army") harm people
     * who are no fighters, in so many words: the subject of a verb of harm whose object is civilians or a named
     * person ("the army killed nine peasants"), or its "by" agent ("peasants murdered by army troops"). A state's
     * force that does so is held to account by the sentence itself; MUC-4 codes it as state terrorism, not combat.
     */
    private boolean harmsCivilians(Sentence s, int first, int last) {
        for (int k = first; k <= last; k++) {
            Optional<Dependency> head = s.headOf(k);
            if (head.isEmpty() || (head.get().head() >= first && head.get().head() <= last)) {
                continue;
            }
            Dependency up = head.get();
            int self = k;
            boolean ofPeople = up.is("compound") || (up.is("nmod") && s.markerOf(k).equals("of"));
            if (ofPeople && lexicon.isPeopleNoun(s.tokens().get(up.head()).lowerLemma())
                    && s.headOf(up.head()).isPresent()) {
                self = up.head();
                up = s.headOf(self).get();
            }
            int verb = up.head();
            String lemma = s.tokens().get(verb).lowerLemma();
            if (!ViolenceWords.HARM_VERBS.contains(lemma) || ViolenceWords.TAKING_VERBS.contains(lemma)) {
                continue;
            }
            boolean active = up.relation().equals("nsubj");
            boolean byAgent = up.is("obl") && s.markerOf(self).equals("by");
            for (Dependency d : s.childrenOf(verb)) {
                boolean harmed = (active && d.is("obj")) || (byAgent && d.relation().equals("nsubj:pass"));
                if (harmed && civilians(s, d.dependent())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** People who are no fighters: a named person, or a noun for people that is neither attackers nor a force. */
    private boolean civilians(Sentence s, int i) {
        Token t = s.tokens().get(i);
        String lemma = t.lowerLemma();
        return t.pos() == PartOfSpeech.PROPN || (lexicon.isVictimNoun(lemma) && !Muc4Scope.isSecurityNoun(lemma));
    }

    /**
     * The object or passive subject of a harm verb ("killed five peasants", "freed by the rebels"), or "the murder of
     * six priests".
     */
    private boolean harmed(Sentence s, int i) {
        Optional<Dependency> head = s.headOf(i);
        if (head.isEmpty()) {
            return false;
        }
        String governor = s.tokens().get(head.get().head()).lowerLemma();
        return ((head.get().is("obj") || head.get().relation().equals("nsubj:pass"))
                && ((ViolenceWords.HARM_VERBS.contains(governor) && !heldByTheLaw(s, head.get().head()))
                    || violence.releasedByCaptors(s, head.get().head())))
                || (head.get().is("nmod") && s.markerOf(i).equals("of") && ViolenceWords.HARM_NOUNS.contains(governor)
                && !governor.equals("release"));
    }

    /** Whether word {@code i} is a threat, or the receiving of one ("received death threats"), that comes from someone. */
    private static boolean threatFrom(Sentence s, int i) {
        return s.tokens().get(i).lowerLemma().equals("threat") || receivesAThreat(s, i);
    }

    /** Whether word {@code i} is "receive" with a threat for object: "X has received death threats". */
    private static boolean receivesAThreat(Sentence s, int i) {
        return s.tokens().get(i).lowerLemma().equals("receive") && s.childrenOf(i).stream()
                .anyMatch(d -> d.is("obj") && s.tokens().get(d.dependent()).lowerLemma().equals("threat"));
    }

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
            if (head.get().relation().equals("nsubj") && violence.violent(s, governor)) {
                return true;
            }
            // "death threats from the Extraditables", "received threats from a death squad".
            if ((head.get().is("obl") || head.get().is("nmod")) && s.markerOf(k).equals("from")
                    && threatFrom(s, governor)) {
                return true;
            }
            // "killed by the FMLN", "an attack by a Shining Path column".
            if ((head.get().is("obl") || head.get().is("nmod")) && s.markerOf(k).equals("by")
                    && violence.violent(s, governor)) {
                return true;
            }
            boolean ofAttackers = (head.get().is("nmod") && s.markerOf(k).equals("of")) || head.get().is("compound");
            if (ofAttackers && lexicon.isPerpetratorNoun(s.tokens().get(governor).lowerLemma())) {
                Optional<Dependency> up = s.headOf(governor);
                if (up.isPresent() && ((up.get().relation().equals("nsubj") && violence.violent(s, up.get().head()))
                        || (up.get().is("obl") && s.markerOf(governor).equals("by")
                            && violence.violent(s, up.get().head())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Pronouns that open a relative clause as its subject: "the men who ...", "the unit that ...". */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that", "which");

    /**
     * The subject relation of a relative clause on word {@code i} whose subject is the relative pronoun: in "the men,
     * who killed the judge", that of "who" under "killed", which says what the men did.
     */
    private static Optional<Dependency> relativeClauseSubject(Sentence s, int i) {
        for (Dependency clause : s.childrenOf(i)) {
            if (!clause.relation().equals("acl:relcl")) {
                continue;
            }
            for (Dependency d : s.childrenOf(clause.dependent())) {
                if (d.is("nsubj") && RELATIVE_PRONOUNS.contains(s.tokens().get(d.dependent()).lowerLemma())) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    /** Words that hold their subject to account for what their complement names: "responsible for the massacre". */
    private static final Set<String> ACCOUNT_WORDS = Set.of("responsible", "guilty");
    /** Words that make their subject one of those who did it: "soldiers participated in the murder". */
    private static final Set<String> PARTICIPATION_WORDS = Set.of("participate", "involve", "involved");
    /**
     * Nouns for a part in what was done, which hold the one whose part it is to account when it is violence: "the
     * involvement of troops in the murder", "their participation in the massacre", "the army's responsibility for
     * the killings".
     */
    private static final Set<String> PART_NOUNS = Set.of("involvement", "participation", "complicity",
            "responsibility");
    /**
     * Nouns that make their subject the doer of what their complement or relative clause names: "X were the ones
     * who murdered", "Y was the direct perpetrator of these murders", "Z were the authors of the massacre".
     */
    private static final Set<String> DOER_NOUNS = Set.of("one", "perpetrator", "author", "culprit", "murderer",
            "killer", "assassin", "mastermind");
    /** Participles of accusation: "soldiers accused of committing the massacre", "men suspected of the attack". */
    private static final Set<String> ACCUSATION_WORDS = Set.of("accuse", "suspect", "charge", "blame", "implicate",
            "indict", "arrest", "try");

    /**
     * Whether tokens first..last (or the people they are members of) are held to account for violence: "members of
     * the army were responsible for the massacre" and "X was behind the attack" (the article's own status); "five
     * soldiers accused of committing the massacre", "the men charged with the murder" and whoever is blamed (see
     * {@link #blamed}) are ALLEGED.
     */
    private Optional<Status> heldResponsible(Sentence s, int first, int last) {
        for (int k = first; k <= last; k++) {
            Optional<Dependency> head = s.headOf(k);
            if (head.isEmpty() || (head.get().head() >= first && head.get().head() <= last)) {
                continue;
            }
            int subject = k;
            Dependency up = head.get();
            // "one colonel, two lieutenants and six soldiers were charged": a list member stands where the list does,
            // as do those included in it ("eight soldiers, including a colonel, were arrested").
            while ((up.is("conj") || (up.is("nmod") && s.markerOf(subject).equals("including")))
                    && s.headOf(up.head()).isPresent()) {
                subject = up.head();
                up = s.headOf(subject).get();
            }
            // "members of the army": the members are the subject.
            boolean people = lexicon.isPeopleNoun(s.tokens().get(up.head()).lowerLemma());
            if (up.is("nmod") && s.markerOf(k).equals("of") && people && s.headOf(up.head()).isPresent()) {
                subject = up.head();
                up = s.headOf(subject).get();
            }
            for (Dependency d : s.childrenOf(subject)) {
                // The parser makes a participle after the noun a clause on it or, at times, its adjective.
                boolean participle = d.is("acl") || d.is("dep") || (d.is("amod") && d.dependent() > subject);
                String lemma = s.tokens().get(d.dependent()).lowerLemma();
                // "members of the army involved in the massacre", "soldiers accused of the murder".
                if (participle && (ACCUSATION_WORDS.contains(lemma) || PARTICIPATION_WORDS.contains(lemma))
                        && violentComplement(s, d.dependent())) {
                    return Optional.of(Status.ALLEGED);
                }
                // "Colonel X, removed from his post after being accused of ordering the murder".
                if (participle && accusedIn(s, d.dependent())) {
                    return Optional.of(Status.ALLEGED);
                }
            }
            if (blamed(s, subject, up)) {
                return Optional.of(Status.ALLEGED);
            }
            // "the involvement of troops in the murder", "the army's responsibility for the killings".
            boolean owner = (up.is("nmod") && s.markerOf(subject).equals("of")) || up.relation().equals("nmod:poss");
            if (owner && PART_NOUNS.contains(s.tokens().get(up.head()).lowerLemma())
                    && violentComplement(s, up.head())) {
                return Optional.of(Status.ALLEGED);
            }
            // "Captain X, who was the direct perpetrator of these murders": the relative pronoun stands for X.
            Optional<Dependency> clause = up.is("nsubj") ? Optional.of(up) : relativeClauseSubject(s, subject);
            if (clause.isEmpty()) {
                continue;
            }
            int governor = clause.get().head();
            String relation = clause.get().relation();
            String lemma = s.tokens().get(governor).lowerLemma();
            if ((ACCOUNT_WORDS.contains(lemma) || PARTICIPATION_WORDS.contains(lemma))
                    && violentComplement(s, governor)) {
                return Optional.of(Status.ASSERTED);
            }
            if (ACCOUNT_WORDS.contains(lemma) && heldToAccountFor(s, governor)) {
                return Optional.of(Status.ALLEGED);
            }
            if (ACCUSATION_WORDS.contains(lemma) && relation.equals("nsubj:pass")
                    && (violentComplement(s, governor) || onViolence(s, governor))) {
                return Optional.of(Status.ALLEGED);
            }
            // "X were the ones who murdered ...", "X was the direct perpetrator of these murders".
            if (DOER_NOUNS.contains(lemma) && (violentComplement(s, governor) || s.childrenOf(governor).stream()
                    .anyMatch(d -> d.is("acl") && violence.violent(s, d.dependent())))) {
                return Optional.of(Status.ASSERTED);
            }
            // "X is behind the attack", also in a clause: "police said that X is behind the attack".
            if (violence.violent(s, governor) && s.caseMarkerOf(governor).equals("behind")) {
                return Optional.of(Status.ASSERTED);
            }
        }
        return Optional.empty();
    }

    /**
     * "police blamed the rebels", "authorities attribute the attacks to drug traffickers", "the FMLN was accused",
     * "held the army responsible", "charged two men with the murder": the blamed word is the object (or passive
     * subject) of a verb of blame, or what the attack is attributed to. "Hold" and "charge" blame only with what
     * they hold responsible for or charge with ("guerrillas held three hostages" blames nobody).
     */
    private boolean blamed(Sentence s, int word, Dependency up) {
        int verb = up.head();
        String lemma = s.tokens().get(verb).lowerLemma();
        if (up.is("obl") && lemma.equals("attribute") && s.markerOf(word).equals("to")) {
            return true;
        }
        if (!BLAME_VERBS.contains(lemma) || !(up.is("obj") || up.relation().equals("nsubj:pass"))) {
            return false;
        }
        return switch (lemma) {
            // "hold the MRTA responsible for the attack", also when the parse makes "responsible" the MRTA's.
            case "hold" -> s.childrenOf(verb).stream().anyMatch(c -> c.is("xcomp")
                    && ACCOUNT_WORDS.contains(s.tokens().get(c.dependent()).lowerLemma()))
                    || s.childrenOf(word).stream().anyMatch(c -> c.is("amod") && c.dependent() > word
                    && ACCOUNT_WORDS.contains(s.tokens().get(c.dependent()).lowerLemma())
                    && violentComplement(s, c.dependent()));
            case "charge" -> violentComplement(s, verb);
            default -> true;
        };
    }

    /**
     * Whether "responsible" (word {@code account}), the complement of a verb of blame ("hold the army responsible"),
     * is for violence: the verb's own complement names it ("for the massacre", when the parse hangs it on "hold"), or
     * the verb is in a relative clause on it ("the massacre, for which they hold the army responsible"; see
     * {@link #onViolence}).
     */
    private boolean heldToAccountFor(Sentence s, int account) {
        Optional<Dependency> up = s.headOf(account);
        if (up.isEmpty() || !up.get().is("xcomp")
                || !BLAME_VERBS.contains(s.tokens().get(up.get().head()).lowerLemma())) {
            return false;
        }
        int verb = up.get().head();
        return violentComplement(s, verb) || onViolence(s, verb);
    }

    /**
     * Whether clause {@code verb} has a passive participle of accusation for violence under it: "removed from his
     * post after being accused of ordering the murder".
     */
    private boolean accusedIn(Sentence s, int verb) {
        return s.childrenOf(verb).stream().anyMatch(d -> d.is("advcl")
                && ACCUSATION_WORDS.contains(s.tokens().get(d.dependent()).lowerLemma())
                && s.tokens().get(d.dependent()).isPastParticiple() && violentComplement(s, d.dependent()));
    }

    /**
     * Whether verb {@code verb} is in a relative clause on a word of violence or, as the parse often hangs it, on that
     * word's complement: "the murder of six priests, in which one colonel and two lieutenants are being charged".
     */
    private boolean onViolence(Sentence s, int verb) {
        return s.headOf(verb).filter(d -> d.relation().equals("acl:relcl") && (violence.violent(s, d.head())
                || s.headOf(d.head()).filter(o -> o.is("nmod") && violence.violent(s, o.head())).isPresent()))
                .isPresent();
    }

    /** Whether a word's "for", "of" or "with" complement names violence, or does ("of committing the massacre"). */
    private boolean violentComplement(Sentence s, int word) {
        for (Dependency d : s.childrenOf(word)) {
            if (!(d.is("obl") || d.is("advcl") || d.is("nmod") || d.is("xcomp") || d.is("acl"))) {
                continue;
            }
            if (violence.violent(s, d.dependent())) {
                return true;
            }
            for (Dependency o : s.childrenOf(d.dependent())) {
                if (o.is("obj") && violence.violent(s, o.dependent())) {
                    return true;
                }
            }
            // "suspected of participating in the attack": a part taken in violence.
            if (PARTICIPATION_WORDS.contains(s.tokens().get(d.dependent()).lowerLemma())
                    && violentComplement(s, d.dependent())) {
                return true;
            }
        }
        return false;
    }

    /** The status of a party held to account: an accusation the article states as fact is still ALLEGED. */
    private static Status status(Judgement j, Optional<Status> held) {
        return held.filter(h -> h == Status.ALLEGED).isPresent() && j.status() == Status.ASSERTED ? Status.ALLEGED
                : j.status();
    }

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
        int between = 0;
        for (int k = first.lastToken() + 1; k < second.firstToken(); k++) {
            if (inAppositionWith(s, first, k)) {
                continue;
            }
            Token t = s.tokens().get(k);
            boolean joiner = t.word().equals(",") || t.word().equals(";") || t.word().equalsIgnoreCase("and")
                    || t.pos() == PartOfSpeech.NUM || (t.isNoun() && lexicon.isVictimNoun(t.lowerLemma()));
            // At most four words outside an apposition between them: "A, B and C", not two names a clause apart.
            if (!joiner || ++between > 4) {
                return false;
            }
        }
        return true;
    }

    /** Whether word {@code k} is part of an apposition on name {@code m}: "A, director of the school, and B". */
    private static boolean inAppositionWith(Sentence s, ActorMention m, int k) {
        int node = k;
        for (int steps = 0; steps < 5; steps++) {
            Optional<Dependency> up = s.headOf(node);
            if (up.isEmpty()) {
                return false;
            }
            if (up.get().is("appos") && m.covers(up.get().head())) {
                return true;
            }
            node = up.get().head();
        }
        return false;
    }

    /**
     * Whether a named person is harmed: the object of a harm verb ("killed X"), its passive subject ("X was
     * murdered"), the subject of "died", "the murder of X", "death threats against X", one who "received death
     * threats", each of these through an apposition ("the two engineers, X and Y, were kidnapped"), a name a few
     * words after a harm verb ("kidnapped businessman X"), one introduced as "including X" or "identified as X" in a
     * sentence that tells of harm, or one whose relative clause does ("X, who was kidnapped in May").
     */
    private boolean namedVictim(Sentence s, ActorMention m) {
        for (int k = m.firstToken(); k <= m.lastToken(); k++) {
            Optional<Dependency> head = s.headOf(k);
            if (head.isEmpty() || m.covers(head.get().head())) {
                continue;
            }
            // "the two engineers, A and B, were kidnapped": a name in apposition stands where its noun does.
            int node = k;
            Dependency link = head.get();
            if (link.is("appos") && s.headOf(link.head()).isPresent()) {
                node = link.head();
                link = s.headOf(node).get();
            }
            String governor = s.tokens().get(link.head()).lowerLemma();
            boolean harm = (harmWord(governor) && !heldByTheLaw(s, link.head()))
                    || violence.releasedByCaptors(s, link.head());
            if ((link.is("obj") || link.relation().equals("nsubj:pass")) && harm) {
                return true;
            }
            if (link.is("nmod") && s.markerOf(node).equals("of") && ViolenceWords.HARM_NOUNS.contains(governor)) {
                return true;
            }
            // "death threats against X", "an attack against X".
            if (link.is("nmod") && s.markerOf(node).equals("against") && lexicon.trigger(governor).isPresent()) {
                return true;
            }
            // "X has received death threats".
            if (link.relation().equals("nsubj") && receivesAThreat(s, link.head())) {
                return true;
            }
            if (link.relation().equals("nsubj") && (governor.equals("die") || governor.equals("perish"))) {
                return true;
            }
        }
        if ((introducedAsVictim(s, m) && tellsOfHarm(s)) || harmedInARelativeClause(s, m)) {
            return true;
        }
        // A name where something happened ("killed a judge in Segovia") is a place the tagger took for a person.
        int head = RoleFeatures.headOf(s, m.firstToken(), m.lastToken());
        if (IncidentPlaces.PLACE_PREPOSITIONS.contains(s.caseMarkerOf(head))) {
            return false;
        }
        for (int k = Math.max(0, m.firstToken() - 4); k < m.firstToken(); k++) {
            Token t = s.tokens().get(k);
            if (t.isVerb() && harmWord(t.lowerLemma()) && !s.hasVerbBetween(k + 1, m.firstToken() - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Those who hold, detain or capture people for the law, not as captors. */
    private static final Set<String> LAW_FORCES = Set.of("police", "policeman", "policemen", "army", "soldier",
            "troop", "troops", "authority", "authorities", "military", "guard", "agent", "officer", "security");

    /**
     * "two other persons are being held by the police", "soldiers captured three guerrillas": people a taking verb
     * tells of whom the police or the army hold are under arrest, not hostages.
     */
    private static boolean heldByTheLaw(Sentence s, int verb) {
        if (!ViolenceWords.TAKING_VERBS.contains(s.tokens().get(verb).lowerLemma())) {
            return false;
        }
        for (Dependency d : s.childrenOf(verb)) {
            if (ViolenceWords.isAgent(s, d) && LAW_FORCES.contains(s.tokens().get(d.dependent()).lowerLemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names the victims of an incident that its sentences only describe, where a sentence of the article from the
     * incident's first one on gives the names in apposition with a noun of the same head, or says they were such
     * ("two U.S. Mormon missionaries were shot dead ... The U.S. citizens -- A and B -- were missionaries of the
     * church"; "three peasants were killed ... the peasants, A, B and C, ..."); and, in the incident's own
     * sentences, names that stand for "the victim(s)" ("the other victim, A, ..."; "the victims were A and B").
     * Those the incident holds as its attackers are left alone.
     */
    void nameDescribedVictims(AnalyzedText text, List<List<ActorMention>> mentions, List<List<Frame>> frames,
                              IncidentFacts g, IncidentDraft d, PersonNaming naming) {
        Set<String> heads = new HashSet<>();
        for (Party v : g.victims.values()) {
            if (!v.named()) {
                String[] words = v.text().toLowerCase(Locale.ROOT).split("\\s+");
                heads.add(words[words.length - 1]);
            }
        }
        // Without described victims, only "the victim(s)" of the incident's own sentences can name any.
        int last = heads.isEmpty() ? d.sentences.last() : text.sentences().size() - 1;
        for (Sentence s : text.sentences().subList(d.sentences.first(), last + 1)) {
            List<ActorMention> people = mentions.get(s.index()).stream()
                    .filter(m -> m.kind() == ActorKind.PERSON && !g.perpetrators.containsKey(m.actor())
                            && !g.victims.containsKey(m.actor().toLowerCase(Locale.ROOT))).toList();
            List<ActorMention> named = new ArrayList<>();
            for (ActorMention m : people) {
                // "the other victim, A" in the incident's own sentences; the noun of its described victims anywhere
                // after.
                boolean own = d.sentences.contains(s.index());
                boolean described = nounsStandingFor(s, m).stream().map(s.tokens()::get)
                        .anyMatch(t -> (own && t.lowerLemma().equals("victim"))
                                || heads.contains(t.word().toLowerCase(Locale.ROOT)) || heads.contains(t.lowerLemma()));
                if (described) {
                    named.add(m);
                }
            }
            // "the victims were identified as A, director of the school, and B": the names listed with them too.
            for (ActorMention m : withListed(s, people, named)) {
                Judgement j = Judgement.of(s, frames.get(s.index()), m.firstToken());
                g.victims.put(m.actor().toLowerCase(Locale.ROOT), new Party(Optional.of(m.actor()),
                        naming.name(m), PartyKind.INDIVIDUAL, j.status(), j.source(), m.span(), true));
            }
        }
    }

    /** {@code named} and the people of {@code people} listed with one of them, or with one listed so. */
    private List<ActorMention> withListed(Sentence s, List<ActorMention> people, List<ActorMention> named) {
        List<ActorMention> all = new ArrayList<>(named);
        boolean grew = !all.isEmpty();
        while (grew) {
            grew = false;
            for (ActorMention m : people) {
                if (!all.contains(m) && all.stream().anyMatch(v -> listedWith(s, v, m))) {
                    all.add(m);
                    grew = true;
                }
            }
        }
        return all;
    }

    /**
     * The common nouns that stand for a named person: a noun the name (or the list it is in) is in apposition with,
     * either way round ("the engineers, A and B"; "A and B, two women"), the noun it is said to be ("A and B were
     * missionaries", or the apposition's: "the citizens -- A and B -- were missionaries"), and the noun said to be it
     * ("the victims were A and B", "the victims were identified as A and B").
     */
    private static List<Integer> nounsStandingFor(Sentence s, ActorMention m) {
        int node = RoleFeatures.headOf(s, m.firstToken(), m.lastToken());
        Optional<Dependency> up = s.headOf(node);
        while (up.isPresent() && up.get().is("conj") && s.tokens().get(up.get().head()).pos() == PartOfSpeech.PROPN) {
            node = up.get().head();
            up = s.headOf(node);
        }
        List<Integer> nouns = new ArrayList<>();
        for (Dependency d : s.childrenOf(node)) {
            if (d.is("appos") && commonNoun(s, d.dependent())) {
                nouns.add(d.dependent());
            }
        }
        int subject = node;
        if (up.isPresent() && (up.get().is("appos") || up.get().relation().equals("dep"))
                && s.tokens().get(up.get().head()).isNoun()) {
            // "the Americans -- A and B -- were ...": what is said of the noun is said of the names.
            subject = up.get().head();
            if (commonNoun(s, subject)) {
                nouns.add(subject);
            }
        }
        Optional<Dependency> role = s.headOf(subject);
        if (role.isPresent() && role.get().is("nsubj") && commonNoun(s, role.get().head())
                && s.childrenOf(role.get().head()).stream().anyMatch(c -> c.is("cop"))) {
            nouns.add(role.get().head());
        }
        // "the victims were A and B": the names are what the subject is said to be.
        if (s.childrenOf(node).stream().anyMatch(c -> c.is("cop"))) {
            s.childrenOf(node).stream().filter(c -> c.is("nsubj") && commonNoun(s, c.dependent()))
                    .forEach(c -> nouns.add(c.dependent()));
        }
        // "the victims were identified as A and B".
        if (up.isPresent() && up.get().is("obl") && s.markerOf(node).equals("as")
                && IDENTIFYING_VERBS.contains(s.tokens().get(up.get().head()).lowerLemma())) {
            s.childrenOf(up.get().head()).stream()
                    .filter(c -> c.relation().equals("nsubj:pass") && commonNoun(s, c.dependent()))
                    .forEach(c -> nouns.add(c.dependent()));
        }
        return nouns;
    }

    /** Verbs that give a person's name: "were identified as A", "was named as A". */
    private static final Set<String> IDENTIFYING_VERBS = Set.of("identify", "name");

    private static boolean commonNoun(Sentence s, int i) {
        Token t = s.tokens().get(i);
        return t.isNoun() && t.pos() != PartOfSpeech.PROPN;
    }

    /** Whether a lemma is a verb of harm or an incident word: what a named victim suffers. */
    private boolean harmWord(String lemma) {
        return ViolenceWords.HARM_VERBS.contains(lemma) || lexicon.trigger(lemma).isPresent();
    }

    /**
     * "X, who was kidnapped in 1988, ...": a passive relative clause of harm on the name, or on a noun in apposition
     * with it ("Patricia and Dina Echavarria, two women who have been held by the Extraditables since December").
     */
    private boolean harmedInARelativeClause(Sentence s, ActorMention m) {
        for (int k = m.firstToken(); k <= m.lastToken(); k++) {
            if (passiveHarmClause(s, m, k)) {
                return true;
            }
            for (Dependency d : s.childrenOf(k)) {
                if (d.is("appos") && !m.covers(d.dependent()) && s.tokens().get(d.dependent()).isNoun()
                        && passiveHarmClause(s, m, d.dependent())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether token {@code k} has a passive relative clause of harm outside mention {@code m}. */
    private boolean passiveHarmClause(Sentence s, ActorMention m, int k) {
        for (Dependency d : s.childrenOf(k)) {
            int verb = d.dependent();
            if (d.relation().equals("acl:relcl") && !m.covers(verb) && harmWord(s.tokens().get(verb).lowerLemma())
                    && s.isPassive(verb)) {
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
                    && IDENTIFYING_VERBS.contains(s.tokens().get(k - 1).lowerLemma());
            if (w.equals("including") || identifiedAs) {
                return !s.hasVerbBetween(k + 1, m.firstToken() - 1);
            }
        }
        return false;
    }

    private boolean tellsOfHarm(Sentence s) {
        for (Token t : s.tokens()) {
            String lemma = t.lowerLemma();
            if (ViolenceWords.HARM_VERBS.contains(lemma) || ViolenceWords.HARM_NOUNS.contains(lemma)
                    || lemma.equals("die") || lemma.equals("injured") || lemma.equals("wounded")
                    || lemma.equals("dead")) {
                return true;
            }
        }
        return false;
    }

}
