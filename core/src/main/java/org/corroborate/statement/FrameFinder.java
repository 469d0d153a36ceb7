package org.corroborate.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corroborate.actor.ActorKind;
import org.corroborate.actor.ActorMention;
import org.corroborate.nlp.AnalyzedText;
import org.corroborate.nlp.Dependency;
import org.corroborate.nlp.PartOfSpeech;
import org.corroborate.nlp.Sentence;
import org.corroborate.nlp.Token;
import org.corroborate.report.Source;
import org.corroborate.report.SourceKind;
import org.corroborate.report.Span;
import org.corroborate.report.Status;

/**
 * Finds evidential frames sentence by sentence from the cue lexicon. Scopes are read from the token sequence with
 * the dependency parse as a guide, because parses of long news sentences are often wrong at the top: a verb cue
 * scopes over what follows it up to the end of its clause (or over what precedes it when it ends the sentence), a
 * prefix ("according to X,") over the rest of the sentence, a condition over the whole sentence.
 */
public final class FrameFinder {

    /** Speech verbs that take an object rather than a clause and so need no "that" to count ("call": "call for"). */
    private static final Set<String> OBJECT_TAKING = Set.of("claim", "threaten", "vow", "warn", "pledge", "deny",
            "reject", "refute", "dismiss", "admit", "accuse", "blame", "allege", "suspect", "implicate", "boast",
            "cite", "urge", "call");

    /** Relations of a speech verb's dependents that say who tells, when and where. */
    private static final Set<String> TELLING_EDGES = Set.of("nsubj", "obl", "advmod", "punct", "nmod", "aux");
    /** Speech verbs whose object is the listener, not what is told: "told the audience". */
    private static final Set<String> LISTENER_VERBS = Set.of("tell", "inform", "assure", "remind", "brief");

    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    /** Subjects that stand for the speaker named before: "He added that ...", "The source said ...". */
    private static final Set<String> REPLACEABLE_SUBJECTS = Set.of("he", "she", "they", "source");
    private static final Set<String> OFFICIAL_WORDS = Set.of("police", "army", "military", "official", "officials",
            "government", "ministry", "minister", "spokesman", "spokesperson", "spokeswoman", "authorities",
            "authority", "president", "commander", "general", "colonel", "battalion", "garrison", "brigade",
            "command", "governor", "mayor");
    private static final Set<String> UNNAMED_WORDS = Set.of("report", "reports", "source", "sources", "media",
            "observer", "observers", "analyst", "analysts", "rumor", "rumors", "rumour", "rumours");
    private static final Set<String> WITNESS_WORDS = Set.of("witness", "witnesses", "resident", "residents",
            "survivor", "survivors", "villager", "villagers", "passenger", "passengers");
    private static final Set<String> DOCUMENT_WORDS = Set.of("report", "article", "document", "study", "letter",
            "communique", "statement", "resolution", "book", "paper", "dossier");

    private final CueLexicon lexicon;

    public FrameFinder(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Frames per sentence, indexed like {@code text.sentences()}. */
    public List<List<Frame>> find(AnalyzedText text, List<List<ActorMention>> mentions) {
        List<List<Frame>> all = new ArrayList<>();
        Source lastSource = null;
        for (Sentence sentence : text.sentences()) {
            List<Frame> frames = new ArrayList<>();
            List<ActorMention> sentenceMentions = mentions.get(sentence.index());
            int i = 0;
            while (i < sentence.tokens().size()) {
                Optional<Frame> frame = frameAt(text.text(), sentence, i, sentenceMentions, lastSource);
                if (frame.isPresent()) {
                    frames.add(frame.get());
                    if (frame.get().source().isPresent()) {
                        lastSource = frame.get().source().get();
                    }
                    i = frame.get().cueLast() + 1;
                } else {
                    i++;
                }
            }
            exclamation(text.text(), sentence).ifPresent(frames::add);
            all.add(List.copyOf(frames));
        }
        return all;
    }

    private Optional<Frame> frameAt(String text, Sentence s, int i, List<ActorMention> mentions, Source lastSource) {
        List<Token> tokens = s.tokens();
        Token token = tokens.get(i);
        if (i + 1 < tokens.size()) {
            String twoWords = token.word().toLowerCase(Locale.ROOT) + " "
                    + tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
            String twoLemmas = token.lowerLemma() + " " + tokens.get(i + 1).lowerLemma();
            Optional<CueLexicon.Cue> pair = lexicon.lookup(twoWords).or(() -> lexicon.lookup(twoLemmas));
            if (pair.isPresent() && pair.get().role() == CueRole.PREFIX) {
                return Optional.of(prefix(text, s, i, i + 1, pair.get(), mentions));
            }
            if (pair.isPresent() && pair.get().role() == CueRole.SPEECH && token.isVerb()) {
                return speech(text, s, i, i + 1, pair.get(), mentions, lastSource);
            }
        }
        Optional<CueLexicon.Cue> cue = lexicon.lookup(token.lowerLemma());
        if (cue.isEmpty()) {
            return Optional.empty();
        }
        CueLexicon.Cue c = cue.get();
        return switch (c.role()) {
            case SPEECH, ACCUSATION -> token.isVerb() ? speech(text, s, i, i, c, mentions, lastSource)
                    : Optional.empty();
            case BELIEF, HEDGE -> token.isVerb() ? belief(text, s, i, mentions) : Optional.empty();
            case HEARSAY -> token.isNoun() ? hearsay(text, s, i, c) : Optional.empty();
            case ADVERB -> token.pos() == PartOfSpeech.ADV || token.pos() == PartOfSpeech.ADJ
                    ? Optional.of(hedgeOverClause(text, s, i, i, c.status())) : Optional.empty();
            case MODAL -> "MD".equals(token.tag()) && s.timeAt(i).isEmpty()
                    ? Optional.of(new Frame(s.index(), c.status(), Optional.empty(), span(text, s, i, i), i, i, i + 1,
                            clauseEnd(s, i), false))
                    : Optional.empty();
            case CONDITION -> token.pos() == PartOfSpeech.ADP || token.pos() == PartOfSpeech.SCONJ
                    ? Optional.of(condition(text, s, i, c.status()))
                    : Optional.empty();
            case PREFIX -> Optional.empty();
        };
    }

    /** "If X, Y" makes the whole sentence hypothetical; "Y if X" only the condition X. */
    private Frame condition(String text, Sentence s, int i, Status status) {
        if (i <= 1) {
            return new Frame(s.index(), status, Optional.empty(), span(text, s, i, i), i, i, 0, lastContentToken(s),
                    false);
        }
        int end = i;
        while (end + 1 <= lastContentToken(s) && !isComma(s.tokens().get(end + 1))) {
            end++;
        }
        return new Frame(s.index(), status, Optional.empty(), span(text, s, i, i), i, i, i + 1, end, false);
    }

    /** "According to X, ..." or "..., according to X." */
    private Frame prefix(String text, Sentence s, int first, int last, CueLexicon.Cue cue, List<ActorMention> mentions) {
        int sourceFirst = last + 1;
        int sourceLast = sourceFirst;
        int end = lastContentToken(s);
        while (sourceLast + 1 <= end && !isComma(s.tokens().get(sourceLast + 1))) {
            sourceLast++;
        }
        // A relative clause after the source ("the leader ..., who surrendered to ...,") belongs to the source.
        int scopeFirst = sourceLast + 2;
        if (scopeFirst <= end && isRelativePronoun(s.tokens().get(scopeFirst))) {
            int k = scopeFirst;
            while (k <= end && !isComma(s.tokens().get(k))) {
                k++;
            }
            scopeFirst = k + 1;
        }
        Optional<Source> source = sourceFromTokens(text, s, Math.min(sourceFirst, end), Math.min(sourceLast, end),
                mentions);
        Span cueSpan = span(text, s, first, last);
        if (first > 2) {
            return new Frame(s.index(), cue.status(), source, cueSpan, first, last, 0, first - 1, true);
        }
        return new Frame(s.index(), cue.status(), source, cueSpan, first, last, Math.min(scopeFirst, end), end, true);
    }

    private Optional<Frame> speech(String text, Sentence s, int first, int last, CueLexicon.Cue cue,
                                   List<ActorMention> mentions, Source lastSource) {
        String lemma = s.tokens().get(first).lowerLemma();
        boolean passive = s.isPassive(first);
        int end = lastContentToken(s);
        boolean sentenceFinal = last >= end - 1 || (last + 1 <= end && isComma(s.tokens().get(last + 1))
                && last + 2 >= end)
                || (first > 2 && !OBJECT_TAKING.contains(lemma) && onlyAdjunctsFollow(s, first, last));
        // "“...,” said Caddell": the quotation before the verb is what is said.
        boolean afterQuote = first > 0 && !introducesClause(s, last) && (s.tokens().get(first - 1).isQuote()
                || (first > 1 && isComma(s.tokens().get(first - 1)) && s.tokens().get(first - 2).isQuote()));
        if (!OBJECT_TAKING.contains(lemma) && !sentenceFinal && !afterQuote && !introducesClause(s, last)) {
            return Optional.empty();
        }
        Optional<Source> source;
        if (passive) {
            source = agentOf(text, s, first, mentions);
        } else {
            source = subjectOf(text, s, first, mentions, lastSource);
        }
        if (source.isEmpty() && !passive) {
            source = invertedSubject(text, s, last, mentions, lastSource);
        }
        Status status = cue.status();
        int scopeFirst = last + 1;
        int scopeLast = clauseEnd(s, last);
        if ((sentenceFinal || afterQuote) && first > 2) {
            scopeFirst = 0;
            scopeLast = Math.max(0, Math.min(first - 1, subjectStart(s, first) - 1));
        }
        return Optional.of(new Frame(s.index(), status, source, span(text, s, first, last), first, last, scopeFirst,
                scopeLast, true));
    }

    /** "I believe" (OPINION), "is believed to" / "it can be assumed" (SPECULATED), "police believe" (attributed). */
    private Optional<Frame> belief(String text, Sentence s, int i, List<ActorMention> mentions) {
        String lemma = s.tokens().get(i).lowerLemma();
        if (!followedBy(s, i, "to", "that") && !introducesClause(s, i) || isNounCompound(s, i)) {
            return Optional.empty();
        }
        int subject = subjectToken(s, i);
        boolean firstPerson = subject >= 0 && FIRST_PERSON.contains(s.tokens().get(subject).word().toLowerCase(Locale.ROOT));
        boolean impersonal = s.isPassive(i) || (subject >= 0
                && s.tokens().get(subject).word().equalsIgnoreCase("it"));
        int cueFirst = i;
        if (subject >= 0 && subject < i && (firstPerson || impersonal)) {
            cueFirst = subject;
        }
        int scopeFirst = i + 1;
        int scopeLast = clauseEnd(s, i);
        if (s.isPassive(i) && !impersonal) {
            // "India is believed to have ...": the subject itself is part of what is believed.
            scopeFirst = Math.max(0, subjectStart(s, i));
        }
        if (firstPerson) {
            return Optional.of(new Frame(s.index(), Status.OPINION, Optional.empty(), span(text, s, cueFirst, i),
                    cueFirst, i, scopeFirst, scopeLast, false));
        }
        if (impersonal || subject < 0) {
            return Optional.of(new Frame(s.index(), Status.SPECULATED, Optional.empty(), span(text, s, cueFirst, i),
                    cueFirst, i, scopeFirst, scopeLast, false));
        }
        Optional<Source> source = subjectOf(text, s, i, mentions, null);
        return Optional.of(new Frame(s.index(), Status.SPECULATED, source, span(text, s, i, i), i, i, scopeFirst,
                scopeLast, source.isPresent()));
    }

    /** "Rumors suggest that ...", "there are rumours that ...". */
    private Optional<Frame> hearsay(String text, Sentence s, int i, CueLexicon.Cue cue) {
        int cueLast = i;
        Optional<Dependency> head = s.headOf(i);
        if (head.isPresent() && head.get().is("nsubj") && head.get().head() > i && head.get().head() <= i + 3) {
            cueLast = head.get().head();
        }
        return Optional.of(new Frame(s.index(), cue.status(), Optional.empty(), span(text, s, i, cueLast), i, cueLast,
                cueLast + 1, clauseEnd(s, cueLast), false));
    }

    private Frame hedgeOverClause(String text, Sentence s, int first, int last, Status status) {
        int clauseFirst = 0;
        for (int k = first - 1; k >= 0; k--) {
            String w = s.tokens().get(k).word();
            if (w.equals(";") || (isComma(s.tokens().get(k)) && k < first - 1 && s.hasVerbBetween(0, k))) {
                clauseFirst = k + 1;
                break;
            }
        }
        return new Frame(s.index(), status, Optional.empty(), span(text, s, first, last), first, last, clauseFirst,
                clauseEnd(s, last), false);
    }

    /** A sentence that ends in "!" is an exclamation of the writer: an opinion. */
    private Optional<Frame> exclamation(String text, Sentence s) {
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).word().equals("!")) {
            return Optional.empty();
        }
        int last = tokens.size() - 1;
        return Optional.of(new Frame(s.index(), Status.OPINION, Optional.empty(), span(text, s, last, last), last, last,
                0, Math.max(0, last - 1), false));
    }

    // --- sources ---------------------------------------------------------------------------------------------

    private Optional<Source> subjectOf(String text, Sentence s, int verb, List<ActorMention> mentions,
                                       Source lastSource) {
        int subject = subjectToken(s, verb);
        if (subject < 0) {
            return Optional.empty();
        }
        String word = s.tokens().get(subject).word().toLowerCase(Locale.ROOT);
        if (REPLACEABLE_SUBJECTS.contains(word) && lastSource != null) {
            return Optional.of(lastSource);
        }
        if (word.equals("it") || word.equals("they")) {
            // "the organization issued a statement, claiming it could ...": the claimant is the clause's subject.
            int governor = governingSubject(s, verb);
            if (governor >= 0) {
                subject = governor;
            }
        }
        if (FIRST_PERSON.contains(word)) {
            return Optional.empty();
        }
        int[] bounds = nounPhrase(s, subject);
        return sourceFromTokens(text, s, bounds[0], bounds[1], mentions);
    }

    /** "said Caddell", "said the spokesman": the speaker after the verb, when none comes before it. */
    private Optional<Source> invertedSubject(String text, Sentence s, int last, List<ActorMention> mentions,
                                             Source lastSource) {
        for (int k = last + 1; k < Math.min(s.tokens().size(), last + 5); k++) {
            Token t = s.tokens().get(k);
            if (t.isNoun() || t.pos() == PartOfSpeech.PRON) {
                if (REPLACEABLE_SUBJECTS.contains(t.word().toLowerCase(Locale.ROOT)) && lastSource != null) {
                    return Optional.of(lastSource);
                }
                if (t.pos() == PartOfSpeech.PRON) {
                    return Optional.empty();
                }
                int head = k;
                while (head + 1 < s.tokens().size() && s.tokens().get(head + 1).isNoun()) {
                    head++;
                }
                Optional<String> edge = edgeBelow(s, last, head);
                if (edge.isPresent() && (edge.get().equals("obl") || edge.get().equals("obj"))) {
                    // "said Friday", "told the audience": when, or to whom, not who.
                    return Optional.empty();
                }
                int[] bounds = nounPhrase(s, head);
                return sourceFromTokens(text, s, Math.max(last + 1, bounds[0]), bounds[1], mentions);
            }
            if (!(t.pos() == PartOfSpeech.DET || t.pos() == PartOfSpeech.ADJ)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<Source> agentOf(String text, Sentence s, int verb, List<ActorMention> mentions) {
        for (Dependency d : s.childrenOf(verb)) {
            if (d.is("obl") && s.markerOf(d.dependent()).equals("by")) {
                int[] bounds = nounPhrase(s, d.dependent());
                return sourceFromTokens(text, s, bounds[0], bounds[1], mentions);
            }
        }
        return Optional.empty();
    }

    /** The source named by tokens first..last: a person named in apposition wins over the description. */
    Optional<Source> sourceFromTokens(String text, Sentence s, int first, int last, List<ActorMention> mentions) {
        if (first > last || first < 0) {
            return Optional.empty();
        }
        while (first < last && isTrimmable(s.tokens().get(first))) {
            first++;
        }
        while (last > first && isTrimmable(s.tokens().get(last))) {
            last--;
        }
        ActorMention person = null;
        ActorMention outlet = null;
        ActorMention firstActor = null;
        for (ActorMention m : mentions) {
            if (m.firstToken() >= first && m.lastToken() <= last) {
                if (m.kind() == ActorKind.PERSON && person == null) {
                    person = m;
                }
                if (m.kind() == ActorKind.MEDIA && outlet == null) {
                    outlet = m;
                }
                if (firstActor == null) {
                    firstActor = m;
                }
            }
        }
        String phrase = text.substring(s.tokens().get(first).start(), s.tokens().get(last).end());
        String headWord = s.tokens().get(first).word().toLowerCase(Locale.ROOT);
        String lowerPhrase = phrase.toLowerCase(Locale.ROOT);
        if (outlet != null) {
            return Optional.of(new Source(outlet.actor(), Optional.of(outlet.actor()), SourceKind.OUTLET,
                    Optional.of(outlet.span())));
        }
        if (person != null) {
            SourceKind kind = kindOfRole(lowerPhrase, firstActor);
            return Optional.of(new Source(person.span().text(), Optional.of(person.actor()), kind,
                    Optional.of(person.span())));
        }
        Span span = Span.of(text, s.tokens().get(first).start(), s.tokens().get(last).end());
        String name = clean(phrase);
        boolean startsWithActor = firstActor != null && firstActor.firstToken() <= first + 1;
        if (startsWithActor) {
            SourceKind kind = switch (firstActor.kind()) {
                case STATE, STATE_AGENCY -> SourceKind.OFFICIAL;
                case ARMED_GROUP -> SourceKind.ARMED_GROUP;
                case MEDIA -> SourceKind.OUTLET;
                default -> SourceKind.OTHER;
            };
            return Optional.of(new Source(name, Optional.of(firstActor.actor()), kind, Optional.of(span)));
        }
        SourceKind kind = kindOfRole(lowerPhrase, firstActor);
        if (kind == SourceKind.OTHER && containsAny(lowerPhrase, UNNAMED_WORDS)) {
            kind = SourceKind.UNNAMED;
        }
        if (containsAny(headWord + " " + lowerPhrase, DOCUMENT_WORDS) && firstActor != null) {
            kind = SourceKind.DOCUMENT;
        }
        return Optional.of(new Source(name, Optional.empty(), kind, Optional.of(span)));
    }

    private static SourceKind kindOfRole(String phrase, ActorMention organization) {
        if (organization != null && organization.kind() == ActorKind.ARMED_GROUP) {
            return SourceKind.ARMED_GROUP;
        }
        if (containsAny(phrase, WITNESS_WORDS)) {
            return SourceKind.WITNESS;
        }
        if (containsAny(phrase, OFFICIAL_WORDS)
                || (organization != null && (organization.kind() == ActorKind.STATE
                    || organization.kind() == ActorKind.STATE_AGENCY))) {
            return SourceKind.OFFICIAL;
        }
        return SourceKind.OTHER;
    }

    // --- syntax helpers --------------------------------------------------------------------------------------

    /** The subject of {@code verb}: its nsubj, else the subject of the verb it hangs from, else -1. */
    static int subjectToken(Sentence s, int verb) {
        for (Dependency d : s.childrenOf(verb)) {
            if (d.is("nsubj") || d.is("expl")) {
                return d.dependent();
            }
        }
        return governingSubject(s, verb);
    }

    /** The subject of the clause {@code verb} is subordinate to ("X issued ..., claiming ..."), or -1. */
    static int governingSubject(Sentence s, int verb) {
        int current = verb;
        for (int guard = 0; guard < 6; guard++) {
            Optional<Dependency> head = s.headOf(current);
            if (head.isEmpty()) {
                return -1;
            }
            Dependency h = head.get();
            if (!(h.is("xcomp") || h.is("advcl") || h.is("conj") || h.is("dep") || h.is("ccomp")
                    || h.is("parataxis"))) {
                return -1;
            }
            current = h.head();
            for (Dependency d : s.childrenOf(current)) {
                if (d.relation().equals("nsubj") && d.dependent() != verb) {
                    String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
                    if (!w.equals("it") && !w.equals("they")) {
                        return d.dependent();
                    }
                }
            }
        }
        return -1;
    }

    private static int subjectStart(Sentence s, int verb) {
        int subject = subjectToken(s, verb);
        if (subject < 0 || subject > verb) {
            return verb;
        }
        return nounPhrase(s, subject)[0];
    }

    /** The bounds of the noun phrase headed by {@code head}, without relative clauses and trailing punctuation. */
    static int[] nounPhrase(Sentence s, int head) {
        int first = head;
        int last = head;
        for (Dependency d : s.childrenOf(head)) {
            if (d.is("acl") || d.is("punct") && d.dependent() > head || d.is("parataxis") || d.is("dep")
                    || d.is("cc") || d.is("conj")) {
                continue;
            }
            int[] sub = s.subtreeBounds(d.dependent());
            if (d.dependent() < head) {
                first = Math.min(first, sub[0]);
            } else if (d.is("appos") || d.is("nmod") || d.is("flat") || d.is("compound") || d.is("amod")
                    || d.is("nummod") || d.is("case")) {
                last = Math.max(last, sub[1]);
            }
        }
        return new int[] {first, last};
    }


    private static boolean introducesClause(Sentence s, int last) {
        for (Dependency d : s.childrenOf(last)) {
            if (d.is("ccomp") || d.is("parataxis")) {
                return true;
            }
        }
        int k = last + 1;
        while (k < s.tokens().size() && s.tokens().get(k).pos() == PartOfSpeech.ADV) {
            k++;
        }
        if (k >= s.tokens().size()) {
            return false;
        }
        String w = s.tokens().get(k).word();
        return w.equalsIgnoreCase("that") || w.equals(":") || w.equals("\"") || w.equals("``")
                || w.equals("\u201c") || isComma(s.tokens().get(k));
    }

    /**
     * Whether all that follows the speech verb belongs to the telling, not to what is told: its speaker, listener,
     * time and place ("..., lawmakers said Friday afternoon", "..., Ms. Wahl told the audience in an interview"), up
     * to the end of the sentence or to a comma before an adverbial clause ("..., as they bristled").
     */
    private static boolean onlyAdjunctsFollow(Sentence s, int first, int last) {
        int end = lastContentToken(s);
        if (last >= end) {
            return false;
        }
        for (int k = last + 1; k <= end; k++) {
            if (isComma(s.tokens().get(k))) {
                // What follows a comma is another clause ("..., as they bristled"), not what is told.
                return k > last + 1;
            }
            Optional<String> edge = edgeBelow(s, first, k);
            if (edge.isEmpty()) {
                return false;
            }
            boolean listener = (edge.get().equals("obj") || edge.get().equals("iobj"))
                    && LISTENER_VERBS.contains(s.tokens().get(first).lowerLemma());
            if (!TELLING_EDGES.contains(edge.get()) && !listener) {
                return false;
            }
        }
        return true;
    }

    /** The base relation by which {@code token} hangs from {@code verb} (of the verb's child on the path), if any. */
    private static Optional<String> edgeBelow(Sentence s, int verb, int token) {
        int current = token;
        for (int guard = 0; guard <= s.tokens().size(); guard++) {
            Optional<Dependency> head = s.headOf(current);
            if (head.isEmpty()) {
                return Optional.empty();
            }
            if (head.get().head() == verb) {
                return Optional.of(head.get().base());
            }
            current = head.get().head();
        }
        return Optional.empty();
    }

    /** The last token of the clause that starts after {@code from}: a semicolon, or a finite verb after "but". */
    static int clauseEnd(Sentence s, int from) {
        List<Token> tokens = s.tokens();
        int end = lastContentToken(s);
        boolean infinitive = from + 1 < tokens.size() && tokens.get(from + 1).word().equalsIgnoreCase("to");
        for (int k = from + 1; k <= end; k++) {
            String w = tokens.get(k).word();
            if (w.equals(";")) {
                return k - 1;
            }
            if (infinitive && (w.equalsIgnoreCase("but") || w.equalsIgnoreCase("and")) && finiteFollows(s, k)) {
                return k - 1;
            }
        }
        return end;
    }

    private static boolean finiteFollows(Sentence s, int k) {
        for (int j = k + 1; j <= Math.min(s.tokens().size() - 1, k + 2); j++) {
            String tag = s.tokens().get(j).tag();
            if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
                return true;
            }
        }
        return false;
    }

    static int lastContentToken(Sentence s) {
        int end = s.tokens().size() - 1;
        while (end > 0 && s.tokens().get(end).pos() == PartOfSpeech.PUNCT) {
            end--;
        }
        return end;
    }

    /** "think tanks published ...": a verb form used as the first half of a noun compound. */
    private static boolean isNounCompound(Sentence s, int i) {
        if (i + 2 >= s.tokens().size()) {
            return false;
        }
        Token next = s.tokens().get(i + 1);
        String after = s.tokens().get(i + 2).tag();
        return next.pos() == PartOfSpeech.NOUN && (after.equals("VBD") || after.equals("VBZ") || after.equals("VBP"));
    }

    private static boolean followedBy(Sentence s, int i, String... words) {
        if (i + 1 >= s.tokens().size()) {
            return false;
        }
        String next = s.tokens().get(i + 1).word();
        for (String w : words) {
            if (next.equalsIgnoreCase(w)) {
                return true;
            }
        }
        return false;
    }


    private static boolean isComma(Token t) {
        return t.word().equals(",");
    }

    private static boolean isRelativePronoun(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return w.equals("who") || w.equals("which") || w.equals("whose") || w.equals("that");
    }

    private static boolean isTrimmable(Token t) {
        return t.pos() == PartOfSpeech.PUNCT || t.isQuote();
    }

    private static boolean containsAny(String phrase, Set<String> words) {
        for (String w : phrase.split("[^\\p{L}]+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String clean(String phrase) {
        return phrase.replaceAll("[\"\u201c\u201d]", "").replaceAll("\\s+,", ",").replaceAll("\\s+", " ").strip();
    }

    static Span span(String text, Sentence s, int first, int last) {
        return Span.of(text, s.tokens().get(first).start(), s.tokens().get(last).end());
    }
}
