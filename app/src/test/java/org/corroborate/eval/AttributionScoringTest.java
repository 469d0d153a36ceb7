package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.corroborate.eval.Polnear.Attribution;
import org.corroborate.report.Polarity;
import org.corroborate.report.Span;
import org.corroborate.report.Status;
import org.corroborate.statement.Frame;
import org.corroborate.statement.Judgement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionScoringTest {

    private static final String TEXT = "The Post has learned that she left. Protocol required a hospital, sources said.";

    @Test
    void bratEventsBecomeAttributionsAndTheFullestAnnotationIsGold(@TempDir Path dir) throws Exception {
        Path split = dir.resolve("dev");
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        Files.writeString(split.resolve("text/a.txt"), TEXT);
        Files.writeString(split.resolve("attributions/a_x1.ann"), """
                T1\tSource 0 8\tThe Post
                T2\tCue 9 20\thas learned
                T3\tContent 21 34\tthat she left
                E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1
                """);
        Files.writeString(split.resolve("attributions/a_x2.ann"), """
                T1\tSource 0 8\tThe Post
                T2\tCue 9 20\thas learned
                T3\tContent 21 34\tthat she left
                E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1
                T4\tContent 36 64;65 66\tProtocol required a hospital
                T5\tSource 66 73\tsources
                T6\tCue 74 78\tsaid
                E2\tAttribution:T6 Content:T4 Cue:T6 Source:T5
                """);
        List<Polnear.Article> articles = Polnear.read(split, dir.resolve("metadata.tsv"));

        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.annotator()).isEqualTo("x2");
            assertThat(a.annotations()).isEqualTo(2);
            assertThat(a.gold()).hasSize(2);
            Attribution said = a.gold().get(1);
            assertThat(said.cue().text()).isEqualTo("said");
            assertThat(said.content()).hasValue(Span.of(TEXT, 36, 66));
        });
    }

    @Test
    void contentIsTheStatementWithoutItsCueAndSource() {
        int start = TEXT.indexOf("Protocol");
        Span sentence = Span.of(TEXT, start, TEXT.length());
        Span cue = Span.of(TEXT, TEXT.indexOf("said"), TEXT.indexOf("said") + 4);
        Span source = Span.of(TEXT, TEXT.indexOf("sources"), TEXT.indexOf("sources") + 7);

        Optional<Span> content = PolnearCommand.content(TEXT, sentence, cue, Optional.of(source));

        assertThat(content).hasValue(Span.of(TEXT, start, TEXT.indexOf(", sources")));
    }

    @Test
    void spanScoresCountExactAndOverlappingMatchesOneToOne() {
        Attribution gold = new Attribution(Optional.of(Span.of(TEXT, 0, 8)), Span.of(TEXT, 9, 20),
                Optional.of(Span.of(TEXT, 21, 34)));
        Attribution wider = new Attribution(Optional.of(Span.of(TEXT, 4, 8)), Span.of(TEXT, 9, 20),
                Optional.of(Span.of(TEXT, 0, 35)));
        PolnearCommand.Scores scores = new PolnearCommand.Scores();

        scores.add(List.of(gold), List.of(wider, wider));

        assertThat(scores.f1(PolnearCommand.Part.CUE, true)).isEqualTo(1.0);
        assertThat(scores.f1(PolnearCommand.Part.SOURCE, true)).isZero();
        assertThat(scores.f1(PolnearCommand.Part.SOURCE, false)).isEqualTo(1.0);
    }

    @Test
    void baselineTakesSaidAndTheWordBeforeIt() {
        List<Attribution> baseline = PolnearCommand.SayBaseline.attributions(TEXT);

        assertThat(baseline).singleElement().satisfies(a -> {
            assertThat(a.source()).hasValue(Span.of(TEXT, TEXT.indexOf("sources"), TEXT.indexOf("sources") + 7));
            assertThat(a.content()).hasValue(Span.of(TEXT, TEXT.indexOf("Protocol"), TEXT.length()));
        });
    }

    @Test
    void meantimeTokensAreRebuiltIntoTextWithEventOffsets(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("doc.xml"), """
                <?xml version="1.0" ?><Document doc_id="1" doc_name="doc">
                <token number="0" sentence="0" t_id="1">Boeing</token>
                <token number="1" sentence="0" t_id="2">may</token>
                <token number="2" sentence="0" t_id="3">cut</token>
                <token number="3" sentence="0" t_id="4">jobs</token>
                <token number="4" sentence="0" t_id="5">,</token>
                <token number="5" sentence="0" t_id="6">it</token>
                <token number="6" sentence="0" t_id="7">said</token>
                <token number="7" sentence="0" t_id="8">.</token>
                <token number="8" sentence="1" t_id="9">Shares</token>
                <token number="9" sentence="1" t_id="10">fell</token>
                <Markables>
                <EVENT_MENTION certainty="POSSIBLE" polarity="POS" m_id="1"><token_anchor t_id="3"/></EVENT_MENTION>
                <EVENT_MENTION certainty="" polarity="" m_id="2"><token_anchor t_id="10"/></EVENT_MENTION>
                <TIMEX3 functionInDocument="CREATION_TIME" value="2008-03-01" m_id="3"/>
                </Markables></Document>
                """);

        List<Meantime.Doc> docs = Meantime.read(dir);

        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("Boeing may cut jobs, it said.\nShares fell");
            assertThat(d.created()).hasValueSatisfying(c -> assertThat(c).hasToString("2008-03-01"));
            Meantime.Event cut = d.events().get(0);
            assertThat(d.text().substring(cut.start(), cut.end())).isEqualTo("cut");
            assertThat(cut.certainty()).isEqualTo("POSSIBLE");
        });
    }

    @Test
    void macroF1WeighsRareClassesLikeCommonOnes() {
        List<String> gold = List.of("CERTAIN", "CERTAIN", "CERTAIN", "POSSIBLE");
        List<String> majority = List.of("CERTAIN", "CERTAIN", "CERTAIN", "CERTAIN");

        assertThat(MeantimeCommand.Labels.accuracy(gold, majority)).isEqualTo(0.75);
        assertThat(MeantimeCommand.Labels.macroF1(gold, majority)).isCloseTo(0.4286, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void certaintyFollowsTheDoubtOverTheWordNotTheStatusOfItsSource() {
        String text = "The ministry said the truce could collapse, but not whether talks would resume.";
        Judgement reported = judgement(Status.REPORTED, Optional.empty());
        Judgement could = judgement(Status.REPORTED, Optional.of(hedge(text, "could", Status.SPECULATED)));
        Judgement whether = judgement(Status.ASSERTED, Optional.of(hedge(text, "whether", Status.SPECULATED)));

        assertThat(MeantimeCommand.certainty(reported)).isEqualTo("CERTAIN");
        assertThat(MeantimeCommand.certainty(could)).isEqualTo("POSSIBLE");
        assertThat(MeantimeCommand.polarity(could)).isEqualTo("POS");
        assertThat(MeantimeCommand.certainty(whether)).isEqualTo("UNDERSPECIFIED");
        assertThat(MeantimeCommand.polarity(whether)).isEqualTo("UNDERSPECIFIED");
    }

    private static Judgement judgement(Status status, Optional<Frame> doubt) {
        return new Judgement(status, Optional.empty(), Optional.empty(), Polarity.POSITIVE, doubt);
    }

    private static Frame hedge(String text, String cue, Status status) {
        int at = text.indexOf(cue);
        return new Frame(0, status, Optional.empty(), Span.of(text, at, at + cue.length()), 0, 0, 1, 2, false);
    }
}
