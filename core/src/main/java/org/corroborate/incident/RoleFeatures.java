package org.corroborate.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.actor.ActorKind;
import org.corroborate.actor.ActorMention;
import org.corroborate.nlp.AnalyzedText;
import org.corroborate.nlp.Dependency;
import org.corroborate.nlp.PartOfSpeech;
import org.corroborate.nlp.Sentence;
import org.corroborate.nlp.Token;
import org.corroborate.report.Span;
import org.corroborate.statement.Frame;
import org.corroborate.statement.Judgement;

/**
 * The features of a person or organization mention that tell its role in an incident: the words around it, its
 * grammatical relation and the word that governs it (through lists and appositions: "A, B and C were killed"), the
 * incident words of its sentence and how far they are, how firmly the sentence states it, whether it is the source
 * of a statement, how often and how early the article names the actor, and what its words' other mentions in the
 * article tell. Only what any news text has; no lexicon of names.
 */
final class RoleFeatures {

    /** Relations through which a list member or an apposition takes the place of its first member. */
    private static final Set<String> TRANSPARENT = Set.of("conj", "appos", "flat", "compound");

    /** A person the article names is a victim or one of the attackers. */
    private static final List<MentionRole> NAMED_PERSON_ROLES = List.of(MentionRole.VICTIM,
            MentionRole.PERPETRATOR_INDIVIDUAL);

    /** The features of a mention that its words' other mentions in the article take over, marked "elsewhere-". */
    private static final List<String> SHARED_FEATURES = List.of("governed-by-incident=", "governed-by|rel=", "gov=");

    /** A clandestine station's dateline: "CLANDESTINE, 12 JAN 90 (RADIO VENCEREMOS) --", "CLANDESTINE, NO DATE --". */
    private static final Pattern CLANDESTINE_DATELINE = Pattern.compile("\\s*CLANDESTINE,[^\\n]{0,80}?--",
            Pattern.CASE_INSENSITIVE);

    private final IncidentLexicon lexicon;

    RoleFeatures(IncidentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The candidates of the text, each with its features: the person and organization mentions that can be parties,
     * the people described by a noun for people ("the guerrillas", "five soldiers") outside any mention, the nouns
     * for targets, named or not ("the embassy", "the Hilton Hotel"), and for weapons ("a car bomb").
     *
     * @param incidentWords per sentence, the words that report an incident there
     */
    List<RoleCandidate> candidates(AnalyzedText text, List<List<ActorMention>> mentions, List<List<Frame>> frames,
                                   List<List<IncidentWord>> incidentWords, PersonNaming people) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstSentence = new HashMap<>();
        for (List<ActorMention> sentence : mentions) {
            for (ActorMention m : sentence) {
                counts.merge(m.actor(), 1, Integer::sum);
                firstSentence.putIfAbsent(m.actor(), m.sentence());
            }
        }
        List<RoleCandidate> candidates = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Frame> sentenceFrames = frames.get(s.index());
            List<IncidentWord> hits = incidentWords.get(s.index());
            for (ActorMention m : mentions.get(s.index())) {
                if (!m.canBeParty()) {
                    continue;
                }
                List<String> f = new ArrayList<>();
                f.add("kind=" + m.kind());
                f.add("form=" + m.form());
                f.add("registered=" + m.registered());
                f.add("mentions=" + bucket(counts.get(m.actor()), 1, 2, 3, 5));
                f.add("first-named=" + bucket(firstSentence.get(m.actor()), 0, 1, 3, 6));
                if (isSourceOfAFrame(m.span(), sentenceFrames)) {
                    f.add("source-of-statement");
                }
                context(s, m.firstToken(), m.lastToken(), hits, sentenceFrames, f);
                boolean person = m.kind() == ActorKind.PERSON;
                String written = person ? people.name(m)
                        : NounPhrases.organization(text.text(), s, m, lexicon).text();
                String asPerpetrator = person ? people.asPerpetrator(m) : written;
                if (!asPerpetrator.equals(written)) {
                    f.add("ranked");
                }
                List<MentionRole> roles = person ? NAMED_PERSON_ROLES : List.of(MentionRole.PERPETRATOR_ORGANIZATION);
                candidates.add(new RoleCandidate(s.index(), m.firstToken(), m.lastToken(), m.span(), written,
                        asPerpetrator, Optional.of(m), Optional.empty(), roles, features(f)));
            }
            for (int i = 0; i < s.tokens().size(); i++) {
                description(text.text(), s, i, mentions.get(s.index()), hits, sentenceFrames)
                        .ifPresent(candidates::add);
            }
        }
        return withArticleContext(candidates, clandestineBroadcast(text.text()));
    }

    /**
     * Whether the article is a clandestine station's broadcast, as a monitoring service datelines one
     * ({@link #CLANDESTINE_DATELINE}): an armed group's own voice, which tells mostly of the other side's violence.
     * On DEV, 44 of the 57 organizations the keys of such broadcasts blame are state forces, against 124 of 353
     * elsewhere.
     */
    static boolean clandestineBroadcast(String text) {
        return CLANDESTINE_DATELINE.matcher(text).lookingAt();
    }

    /**
     * Adds to each candidate what the article's other mentions of the same words tell: how often and from which
     * sentence it is told of, which words govern it there and whether one of them is an incident word ("the
     * guerrillas attacked ..." makes "the guerrillas" of a later sentence likelier to be the attackers). The role is
     * filled once per article, so what is known of the words anywhere bears on each mention of them. In a
     * clandestine broadcast, each candidate is marked so, and so is its kind ("the army" is then likelier blamed).
     */
    private static List<RoleCandidate> withArticleContext(List<RoleCandidate> candidates, boolean clandestine) {
        Map<String, List<RoleCandidate>> byText = new HashMap<>();
        for (RoleCandidate c : candidates) {
            byText.computeIfAbsent(c.text().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(c);
        }
        List<RoleCandidate> out = new ArrayList<>(candidates.size());
        for (RoleCandidate c : candidates) {
            List<RoleCandidate> same = byText.get(c.text().toLowerCase(Locale.ROOT));
            List<String> f = new ArrayList<>(c.features());
            f.add("text-mentions=" + bucket(same.size(), 1, 2, 3, 5));
            f.add("text-first=" + bucket(same.get(0).sentence(), 0, 1, 3, 6));
            if (clandestine) {
                f.add("clandestine");
                c.features().stream().filter(g -> g.startsWith("kind=")).forEach(g -> f.add("clandestine|" + g));
            }
            for (RoleCandidate other : same) {
                if (other == c) {
                    continue;
                }
                for (String g : other.features()) {
                    if (SHARED_FEATURES.stream().anyMatch(g::startsWith)) {
                        f.add("elsewhere-" + g);
                    }
                }
            }
            out.add(new RoleCandidate(c.sentence(), c.firstToken(), c.head(), c.span(), c.text(), c.perpetratorText(),
                    c.mention(), c.gtdType(), c.roles(), features(f)));
        }
        return out;
    }

    /**
     * The people, target or weapon that noun {@code i} stands for: people and weapons outside any actor mention,
     * targets also inside one.
     */
    private Optional<RoleCandidate> description(String text, Sentence s, int i, List<ActorMention> mentions,
                                                List<IncidentWord> hits, List<Frame> frames) {
        Token t = s.tokens().get(i);
        boolean weaponModifier = !t.isNoun() && NounPhrases.modifiesWeaponHead(s, i);
        if (!(t.isNoun() || weaponModifier)) {
            return Optional.empty();
        }
        Optional<String> targetType = TargetReader.noTarget(lexicon, s, i) ? Optional.empty() : lexicon.targetHead(t);
        // A name is a candidate as its mention; a named building or site ("the Hilton Hotel", "the Economy
        // Ministry") is also a candidate target.
        boolean named = t.pos() == PartOfSpeech.PROPN || mentions.stream().anyMatch(m -> m.covers(i));
        if (named && targetType.isEmpty()) {
            return Optional.empty();
        }
        String lemma = t.lowerLemma();
        // People named by what they do in civil life ("a teacher") are no attackers: no candidate.
        boolean people = !named && lexicon.canDescribeAttackers(lemma);
        boolean organization = !named && lexicon.isAttackingOrganizationNoun(lemma);
        Optional<String> weaponType = (named || TargetReader.handlersTrade(s, i)) ? Optional.empty()
                : lexicon.weapon(t);
        MentionRole role = people ? MentionRole.PERPETRATOR_INDIVIDUAL
                : organization ? MentionRole.PERPETRATOR_ORGANIZATION : targetType.isPresent() ? MentionRole.TARGET
                : weaponType.isPresent() ? MentionRole.WEAPON : MentionRole.OTHER;
        if (role == MentionRole.OTHER) {
            return Optional.empty();
        }
        Span span = switch (role) {
            case PERPETRATOR_INDIVIDUAL, PERPETRATOR_ORGANIZATION ->
                    NounPhrases.attackersPhrase(text, s, i, mentions, lexicon);
            case WEAPON -> NounPhrases.weaponPhrase(text, s, i);
            default -> NounPhrases.bareNounPhrase(text, s, i);
        };
        if (role == MentionRole.PERPETRATOR_INDIVIDUAL && NounPhrases.describesNoAttackers(s, i, span, lexicon)) {
            return Optional.empty();
        }
        int first = Math.max(0, s.tokenAt(span.start()));
        int last = Math.max(0, s.tokenAt(span.end() - 1));
        List<String> f = new ArrayList<>();
        f.add("kind=" + (people ? "PEOPLE" : organization ? "DESCRIBED_ORGANIZATION" : role));
        f.add("named=" + named);
        f.add("head=" + lemma);
        f.add("people=" + (lexicon.isPerpetratorNoun(lemma) ? "perpetrator" : lexicon.isVictimNoun(lemma) ? "victim"
                : people ? "generic" : "-"));
        f.add("plural=" + t.word().toLowerCase(Locale.ROOT).endsWith("s"));
        for (int k = first; k < i; k++) {
            f.add("modifier=" + s.tokens().get(k).lowerLemma());
        }
        context(s, first, last, hits, frames, f);
        Optional<String> gtdType = role == MentionRole.WEAPON
                ? weaponType.map(type -> TargetReader.weaponType(span, type)) : targetType;
        String filler = role == MentionRole.TARGET ? NounPhrases.withoutNation(text, s, span, i).text() : span.text();
        return Optional.of(new RoleCandidate(s.index(), first, i, span, filler, filler, Optional.empty(),
                gtdType, List.of(role), features(f)));
    }

    /** What every candidate is judged by: the words around it, its syntax, the incident words, its attribution. */
    private static void context(Sentence s, int first, int last, List<IncidentWord> hits, List<Frame> frames,
                                List<String> f) {
        f.add("tokens=" + Math.min(last - first + 1, 4));
        f.add("w-1=" + word(s, first - 1));
        f.add("w-2=" + word(s, first - 2));
        f.add("w+1=" + word(s, last + 1));
        f.add("w+2=" + word(s, last + 2));
        syntax(s, first, last, f);
        incidentWords(s, first, last, hits, f);
        Judgement j = Judgement.of(s, frames, first);
        f.add("status=" + j.status());
        f.add("polarity=" + j.polarity());
        f.add("sentence=" + bucket(s.index(), 0, 1, 2, 4, 8));
        for (Token t : s.tokens()) {
            if (t.isVerb()) {
                f.add("verb=" + t.lowerLemma());
            }
        }
    }

    private static List<String> features(List<String> f) {
        return List.copyOf(new LinkedHashSet<>(f));
    }

    /** Relation to its governor, the governor's lemma and preposition, before and after climbing lists. */
    private static void syntax(Sentence s, int first, int last, List<String> f) {
        int head = headOf(s, first, last);
        Optional<Dependency> up = s.headOf(head);
        f.add("rel=" + up.map(Dependency::relation).orElse("root"));
        int node = head;
        while (up.isPresent() && TRANSPARENT.contains(base(up.get().relation()))) {
            node = up.get().head();
            up = s.headOf(node);
        }
        String relation = up.map(d -> base(d.relation())).orElse("root");
        String governor = up.map(d -> s.tokens().get(d.head()).lowerLemma()).orElse("-");
        String preposition = caseOf(s, node);
        f.add("erel=" + relation);
        f.add("gov=" + governor);
        f.add("erel|gov=" + relation + "|" + governor);
        f.add("case=" + preposition);
        f.add("case|gov=" + preposition + "|" + governor);
        up.flatMap(d -> s.headOf(d.head())).ifPresent(d2 -> {
            f.add("gov2=" + s.tokens().get(d2.head()).lowerLemma());
            f.add("rel2=" + base(d2.relation()));
        });
        // Who does it and to what, beside the candidate: "guerrillas" as the subject of "attacked the embassy".
        int self = node;
        up.ifPresent(d -> {
            for (Dependency arg : s.childrenOf(d.head())) {
                String r = arg.relation();
                if (arg.dependent() != self && (r.equals("nsubj") || r.equals("nsubj:pass") || r.equals("obj"))) {
                    Token t = s.tokens().get(arg.dependent());
                    f.add("gov-" + r + "=" + (t.pos() == PartOfSpeech.PROPN ? "NAME" : t.lowerLemma()));
                }
            }
        });
    }

    /** The incident words of the sentence: their types, whether one governs the mention, how far the nearest is. */
    private static void incidentWords(Sentence s, int first, int last, List<IncidentWord> hits, List<String> f) {
        if (hits.isEmpty()) {
            f.add("no-incident-word");
            return;
        }
        int nearest = Integer.MAX_VALUE;
        boolean after = false;
        for (IncidentWord h : hits) {
            f.add("incident=" + h.type());
            int distance = h.token() < first ? first - h.token() : h.token() - last;
            if (distance < nearest) {
                nearest = distance;
                after = h.token() > last;
            }
            int node = headOf(s, first, last);
            for (int steps = 0; steps < 4; steps++) {
                Optional<Dependency> up = s.headOf(node);
                if (up.isEmpty()) {
                    break;
                }
                node = up.get().head();
                if (node == h.token()) {
                    f.add("governed-by-incident=" + steps);
                    f.add("governed-by|rel=" + base(s.headOf(headOf(s, first, last)).map(Dependency::relation)
                            .orElse("root")));
                    break;
                }
            }
        }
        f.add("incident-distance=" + bucket(nearest, 0, 3, 8, 15));
        f.add("incident-word-" + (after ? "after" : "before"));
    }

    private static boolean isSourceOfAFrame(Span span, List<Frame> frames) {
        for (Frame fr : frames) {
            if (fr.source().flatMap(src -> src.span()).map(sp -> sp.start() <= span.start()
                    && span.end() <= sp.end()).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** The token of tokens first..last whose governor lies outside them. */
    static int headOf(Sentence s, int first, int last) {
        for (int i = last; i >= first; i--) {
            Optional<Dependency> up = s.headOf(i);
            if (up.isEmpty() || up.get().head() < first || up.get().head() > last) {
                return i;
            }
        }
        return last;
    }

    private static String caseOf(Sentence s, int token) {
        for (Dependency d : s.childrenOf(token)) {
            if (d.relation().equals("case")) {
                return s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
            }
        }
        return "-";
    }

    /** "nmod:poss" -> "nmod". */
    private static String base(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    private static String word(Sentence s, int i) {
        if (i < 0) {
            return "<s>";
        }
        if (i >= s.tokens().size()) {
            return "</s>";
        }
        return s.tokens().get(i).word().toLowerCase(Locale.ROOT);
    }

    /** The largest bound not above {@code value}, as a label ("3+"), or the first bound for smaller values. */
    static String bucket(int value, int... bounds) {
        String label = String.valueOf(bounds[0]);
        for (int b : bounds) {
            if (value >= b) {
                label = b + "+";
            }
        }
        return label;
    }
}
