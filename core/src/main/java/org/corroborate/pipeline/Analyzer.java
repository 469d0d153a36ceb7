package org.corroborate.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.corroborate.actor.Actor;
import org.corroborate.actor.ActorMention;
import org.corroborate.actor.ActorMentionFinder;
import org.corroborate.actor.ActorRegistry;
import org.corroborate.article.Article;
import org.corroborate.incident.IncidentCoding;
import org.corroborate.incident.IncidentExtractor;
import org.corroborate.incident.IncidentReport;
import org.corroborate.incident.LearnedModels;
import org.corroborate.incident.Muc4Relevance;
import org.corroborate.incident.RoleCandidate;
import org.corroborate.nlp.AnalyzedText;
import org.corroborate.nlp.Entity;
import org.corroborate.nlp.NlpEngine;
import org.corroborate.nlp.Sentence;
import org.corroborate.place.Gazetteer;
import org.corroborate.place.PlaceResolver;
import org.corroborate.relation.Relation;
import org.corroborate.relation.RelationExtractor;
import org.corroborate.report.ArticleReport;
import org.corroborate.report.Place;
import org.corroborate.report.Problem;
import org.corroborate.report.Span;
import org.corroborate.statement.CueLexicon;
import org.corroborate.statement.Frame;
import org.corroborate.statement.FrameFinder;
import org.corroborate.statement.Judgement;
import org.corroborate.statement.Statement;
import org.corroborate.statement.StatementExtractor;
import org.corroborate.time.ReferenceDate;
import org.corroborate.time.ReferenceDateFinder;

/** Analyses one article at a time into a report. Thread-confined like its NLP engine. */
public final class Analyzer {

    private final NlpEngine nlp;
    private final ReferenceDateFinder referenceDates = new ReferenceDateFinder();
    private final ActorMentionFinder actors;
    private final FrameFinder frames = new FrameFinder(new CueLexicon());
    private final IncidentExtractor incidents;
    private final StatementExtractor statements = new StatementExtractor();
    private final RelationExtractor relations;
    private final PlaceResolver places;
    private final Muc4Relevance muc4Scope;

    public Analyzer(NlpEngine nlp, ActorRegistry registry, Gazetteer gazetteer) {
        this(nlp, registry, gazetteer, LearnedModels.bundled());
    }

    /** An analyzer whose incident extraction uses {@code models} beside its rules. */
    public Analyzer(NlpEngine nlp, ActorRegistry registry, Gazetteer gazetteer, LearnedModels models) {
        this.nlp = nlp;
        this.muc4Scope = models.scope();
        this.actors = new ActorMentionFinder(registry);
        this.places = new PlaceResolver(gazetteer);
        this.incidents = new IncidentExtractor(new IncidentCoding(), places, models.roles());
        this.relations = new RelationExtractor(registry);
    }

    /** An analyzer with the bundled actor registry and gazetteer. */
    public static Analyzer withBundledData(NlpEngine nlp) {
        return new Analyzer(nlp, ActorRegistry.bundled(), Gazetteer.bundled());
    }

    /** An analyzer with the bundled actor registry and gazetteer and the hand rules alone, as the models learn. */
    public static Analyzer rulesOnly(NlpEngine nlp) {
        return new Analyzer(nlp, ActorRegistry.bundled(), Gazetteer.bundled(), LearnedModels.rulesOnly());
    }

    public ArticleReport analyze(Article article) {
        List<Problem> problems = new ArrayList<>();
        if (article.text().isBlank()) {
            problems.add(Problem.of("empty-text", "article '" + article.origin() + "' has no text; nothing to analyse"));
            return new ArticleReport(article, Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    problems);
        }
        Optional<ReferenceDate> reference = referenceDates.find(article);
        reference.filter(r -> r.basis() == ReferenceDate.Basis.INFERRED).ifPresent(r -> problems.add(Problem.of(
                "date-inferred", "no published date or dateline; relative dates were resolved against " + r.date()
                        + ", the latest full date in the text ('" + r.evidence() + "'); pass --published to fix")));
        if (reference.isEmpty()) {
            problems.add(Problem.of("no-reference-date", "no published date, dateline or full date in the text; "
                    + "dates without a year stay unresolved; pass --published to fix"));
        }
        Optional<LocalDate> day = reference.map(ReferenceDate::date);
        Framed f = framed(article.text(), day);
        List<IncidentReport> incidentReports = muc4Scope.apply(
                incidents.extract(f.text(), f.mentions(), f.frames(), day), article.text(), day);
        List<Statement> statementList = statements.extract(f.text(), f.mentions(), f.frames());
        List<Relation> relationList = relations.extract(f.text(), f.mentions(), f.frames());
        return new ArticleReport(article, day, incidentReports, statementList, relationList, actorsOf(f.mentions()),
                placesOf(f.text()), problems);
    }

    /**
     * What in an article may fill a role in an incident (person and organization mentions, people described by a
     * noun, target and weapon nouns), with the features of the role model. For training it
     * ({@code corroborate learn roles}).
     */
    public List<RoleCandidate> roleCandidates(Article article) {
        Optional<LocalDate> day = referenceDates.find(article).map(ReferenceDate::date);
        Framed f = framed(article.text(), day);
        return incidents.roleCandidates(f.text(), f.mentions(), f.frames());
    }

    /** A text with its NLP annotation, its actor mentions and its evidential frames, per sentence. */
    private record Framed(AnalyzedText text, List<List<ActorMention>> mentions, List<List<Frame>> frames) {
    }

    private Framed framed(String articleText, Optional<LocalDate> day) {
        AnalyzedText annotated = nlp.annotate(NlpInput.of(articleText), day);
        // Offsets are the same in both texts; spans are cut from the article's own.
        AnalyzedText text = new AnalyzedText(articleText, annotated.sentences());
        List<List<ActorMention>> mentions = actors.find(text);
        return new Framed(text, mentions, frames.find(text, mentions));
    }

    /**
     * How firmly the text states each of its words: for a character offset, the status, source and polarity the
     * word there has under the evidential frames around it ("may resign": SPECULATED; "did not resign": NEGATIVE).
     * Empty for an offset outside every token. For factuality evaluation, where events are single words.
     */
    public IntFunction<Optional<Judgement>> judge(String text, Optional<LocalDate> day) {
        Framed f = framed(text, day);
        return offset -> {
            for (Sentence s : f.text().sentences()) {
                int token = offset < s.start() || offset >= s.end() ? -1 : s.tokenAt(offset);
                if (token >= 0) {
                    return Optional.of(Judgement.of(s, f.frames().get(s.index()), token));
                }
            }
            return Optional.empty();
        };
    }

    private static List<Actor> actorsOf(List<List<ActorMention>> mentions) {
        Map<String, List<ActorMention>> byName = new LinkedHashMap<>();
        for (List<ActorMention> sentence : mentions) {
            for (ActorMention m : sentence) {
                byName.computeIfAbsent(m.actor(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Actor> list = new ArrayList<>();
        for (Map.Entry<String, List<ActorMention>> e : byName.entrySet()) {
            List<String> aliases = e.getValue().stream().map(m -> m.span().text())
                    .filter(t -> !t.equals(e.getKey())).distinct().toList();
            List<Span> spans = e.getValue().stream().map(ActorMention::span).toList();
            ActorMention first = e.getValue().get(0);
            list.add(new Actor(e.getKey(), aliases, first.kind(), first.country(), spans));
        }
        return list;
    }

    private List<Place> placesOf(AnalyzedText text) {
        Map<String, Place> byName = new LinkedHashMap<>();
        List<String> context = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Entity e : s.entities()) {
                if (e.type().isPlace()) {
                    context.add(e.text());
                }
            }
        }
        for (Sentence s : text.sentences()) {
            for (Entity e : s.entities()) {
                if (!e.type().isPlace() || byName.containsKey(e.text())) {
                    continue;
                }
                places.resolve(e.text(), Span.of(text.text(), e.start(), e.end()), context)
                        .ifPresent(p -> byName.put(e.text(), p));
            }
        }
        return List.copyOf(byName.values());
    }
}
