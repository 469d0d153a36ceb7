package org.corroborate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.actor.Actor;
import org.corroborate.actor.ActorKind;
import org.corroborate.article.Article;
import org.corroborate.nlp.CannedNlpEngine;
import org.corroborate.report.ArticleReport;
import org.corroborate.report.Span;
import org.corroborate.testkit.Recordings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

    @ParameterizedTest
    @ValueSource(strings = {"reported-prefix", "nested-accusation", "two-incidents", "kidnapping", "dateline-year",
            "outlet-source", "speech-across-sentences"})
    void everySpanIsTheArticleTextAtItsOffsets(String id) {
        ArticleReport report = Recordings.analyze(id);
        String text = report.article().text();
        for (Span span : spans(report)) {
            assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
        }
    }

    @Test
    void aNameThatTruecasingRunsIntoTheDayWordEndsAtTheName() {
        // The recognizer reads "RAFAEL LEONARDO CALLEJAS TODAY STATED" as one person named "... Callejas Today".
        ArticleReport report = Recordings.analyze("name-runs-into-day");
        assertThat(report.actors()).extracting(Actor::name).contains("RAFAEL LEONARDO CALLEJAS")
                .noneMatch(name -> name.endsWith("TODAY"));
        assertThat(report.statements()).anySatisfy(s -> assertThat(s.source()).hasValueSatisfying(
                src -> assertThat(src.span()).hasValueSatisfying(span -> assertThat(span.text())
                        .isEqualTo("RAFAEL LEONARDO CALLEJAS"))));
    }

    @Test
    void willBeforeANameIsAFirstName() {
        assertThat(Recordings.analyze("first-name-will").actors()).extracting(Actor::name).contains("Will Carter");
    }

    @Test
    void aPersonNamedWithAndWithoutTitleIsOneActor() {
        // "JUAN ANTONIO REYES GOMEZ", then "COL REYES", then "COL JUAN ANTONIO REYES GOMEZ".
        ArticleReport report = Recordings.analyze("title-same-person");
        assertThat(report.actors()).filteredOn(a -> a.kind() == ActorKind.PERSON).extracting(Actor::name)
                .containsExactly("JUAN ANTONIO REYES GOMEZ");
    }

    @Test
    void emptyArticleIsAProblemNotAnError() {
        ArticleReport report = Analyzer.withBundledData(new CannedNlpEngine()).analyze(Article.of("blank", "  \n"));
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("empty-text"));
        assertThat(report.incidents()).isEmpty();
    }

    @Test
    void datelineSeparatorBecomesASentenceBreakOfTheSameLength() {
        String text = "SAN SALVADOR, 3 JAN 90 -- THE ARMY REPORTED AN ATTACK.";
        String input = NlpInput.of(text);
        assertThat(input).hasSameSizeAs(text).startsWith("SAN SALVADOR, 3 JAN 90 .  THE ARMY");
        assertThat(NlpInput.of("No dateline here.")).isEqualTo("No dateline here.");
        // With its source named, the dateline stays with the first sentence (see NlpInput).
        String sourced = "LIMA, 12 MAY 90 (EFE) -- [TEXT] GUERRILLAS BOMBED A BANK.";
        assertThat(NlpInput.of(sourced)).isEqualTo(sourced);
    }

    private static List<Span> spans(ArticleReport r) {
        List<Span> spans = new ArrayList<>();
        r.incidents().forEach(i -> {
            spans.addAll(i.evidence());
            i.perpetrators().forEach(p -> spans.add(p.evidence()));
            i.victims().forEach(p -> spans.add(p.evidence()));
            i.targets().forEach(t -> spans.add(t.evidence()));
            i.weapons().forEach(w -> spans.add(w.evidence()));
            i.figures().killed().forEach(c -> spans.add(c.evidence()));
            i.figures().injured().forEach(c -> spans.add(c.evidence()));
            i.figures().hostages().forEach(c -> spans.add(c.evidence()));
            i.place().flatMap(p -> p.span()).ifPresent(spans::add);
        });
        r.statements().forEach(s -> {
            spans.add(s.span());
            s.cue().ifPresent(spans::add);
            s.source().flatMap(src -> src.span()).ifPresent(spans::add);
        });
        r.relations().forEach(rel -> spans.addAll(rel.evidence()));
        r.actors().forEach(a -> spans.addAll(a.mentions()));
        return spans;
    }
}
