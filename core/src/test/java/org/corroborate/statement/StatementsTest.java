package org.corroborate.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.report.ArticleReport;
import org.corroborate.report.Polarity;
import org.corroborate.report.SourceKind;
import org.corroborate.report.Status;
import org.corroborate.testkit.Recordings;
import org.junit.jupiter.api.Test;

class StatementsTest {

    private static Statement first(String id) {
        return Recordings.analyze(id).statements().get(0);
    }

    @Test
    void accordingToMakesTheSentenceReportedByItsSource() {
        Statement s = first("reported-prefix");
        assertThat(s.status()).isEqualTo(Status.REPORTED);
        assertThat(s.source()).hasValueSatisfying(src -> {
            assertThat(src.name()).isEqualTo("police");
            assertThat(src.kind()).isEqualTo(SourceKind.OFFICIAL);
        });
        assertThat(s.cue()).hasValueSatisfying(c -> assertThat(c.text()).isEqualTo("According to"));
    }

    @Test
    void rumourCueMakesStatementRumoured() {
        Statement s = first("rumour");
        assertThat(s.status()).isEqualTo(Status.RUMOURED);
        assertThat(s.cue()).hasValueSatisfying(c -> assertThat(c.text()).isEqualTo("Rumours suggest"));
        assertThat(s.source()).isEmpty();
    }

    @Test
    void outerHedgeCoversTheAccusationWhileTheAccusedActIsAllegedByTheAccuser() {
        List<Statement> statements = Recordings.analyze("nested-accusation").statements();
        assertThat(statements.get(0).status()).isEqualTo(Status.SPECULATED);
        assertThat(statements.get(0).cue()).hasValueSatisfying(c -> assertThat(c.text()).isEqualTo("It can be assumed"));
        Statement nested = statements.get(1);
        assertThat(nested.status()).isEqualTo(Status.ALLEGED);
        assertThat(nested.source()).hasValueSatisfying(src -> assertThat(src.actor()).hasValue("Pakistan"));
        assertThat(nested.span().text()).isEqualTo("India of funding the Baloch Liberation Army");
    }

    @Test
    void speechVerbAfterItsContentCountsWithTimePlaceAndListenerAfterIt() {
        List<Statement> statements = Recordings.analyze("speech-adjuncts").statements();
        assertThat(statements.get(0).status()).isEqualTo(Status.REPORTED);
        assertThat(statements.get(0).source()).hasValueSatisfying(src -> assertThat(src.name()).isEqualTo("the mayor"));
        assertThat(statements.get(1).status()).isEqualTo(Status.REPORTED);
        assertThat(statements.get(1).cue()).hasValueSatisfying(c -> assertThat(c.text()).isEqualTo("told"));
        assertThat(statements.get(1).source()).hasValueSatisfying(src -> assertThat(src.name()).contains("Ahmed Khan"));
    }

    @Test
    void callsAndAppealsAreStatementsOfWhoMakesThem() {
        Statement appeal = Recordings.analyze("speech-adjuncts").statements().get(2);
        assertThat(appeal.status()).isEqualTo(Status.REPORTED);
        assertThat(appeal.cue()).hasValueSatisfying(c -> assertThat(c.text()).isEqualTo("called for"));
        assertThat(appeal.source()).hasValueSatisfying(src -> assertThat(src.name()).isEqualTo("The governor"));
    }

    @Test
    void negationIsPolarityNotStatus() {
        Statement s = first("negation");
        assertThat(s.status()).isEqualTo(Status.ASSERTED);
        assertThat(s.polarity()).isEqualTo(Polarity.NEGATIVE);
    }

    @Test
    void firstPersonBeliefIsOpinionOfTheArticle() {
        Statement s = first("opinion");
        assertThat(s.status()).isEqualTo(Status.OPINION);
        assertThat(s.source()).isEmpty();
        assertThat(s.cue()).hasValueSatisfying(c -> assertThat(c.text()).isEqualTo("I believe"));
    }

    @Test
    void claimOfResponsibilityIsClaimedByTheGroup() {
        Statement s = first("claim");
        assertThat(s.status()).isEqualTo(Status.CLAIMED);
        assertThat(s.source()).hasValueSatisfying(src -> {
            assertThat(src.actor()).hasValue("Taliban");
            assertThat(src.kind()).isEqualTo(SourceKind.ARMED_GROUP);
        });
    }

    @Test
    void denialByAPartyIsDenied() {
        Statement s = first("denial");
        assertThat(s.status()).isEqualTo(Status.DENIED);
        assertThat(s.source()).hasValueSatisfying(src -> assertThat(src.name()).isEqualTo("The minister"));
    }

    @Test
    void quotationFollowedBySpeechVerbIsReportedBySpeaker() {
        Statement s = first("quote");
        assertThat(s.status()).isEqualTo(Status.REPORTED);
        assertThat(s.source()).hasValueSatisfying(src -> assertThat(src.name()).isEqualTo("the commander"));
    }

    @Test
    void speakerAfterTheVerbIsTheSourceOfTheQuotationBefore() {
        Statement s = first("speaker-after-verb");
        assertThat(s.status()).isEqualTo(Status.REPORTED);
        assertThat(s.cue()).hasValueSatisfying(c -> assertThat(c.text()).isEqualTo("said"));
        assertThat(s.source()).hasValueSatisfying(src -> assertThat(src.name()).contains("Ahmed Khan"));
    }

    @Test
    void writtenAndFoundAreReportingVerbsWithTheirSources() {
        List<Statement> statements = Recordings.analyze("reporting-verbs").statements();
        assertThat(statements).hasSize(2);
        assertThat(statements.get(0).status()).isEqualTo(Status.REPORTED);
        assertThat(statements.get(0).cue()).hasValueSatisfying(c -> assertThat(c.text()).isEqualTo("wrote"));
        assertThat(statements.get(0).source()).hasValueSatisfying(src -> assertThat(src.name()).contains("ministry"));
        assertThat(statements.get(1).status()).isEqualTo(Status.REPORTED);
        assertThat(statements.get(1).source()).hasValueSatisfying(src -> assertThat(src.name()).contains("survey"));
    }

    @Test
    void pronounSpeakerInTheNextSentenceKeepsTheEarlierSource() {
        List<Statement> statements = Recordings.analyze("speech-across-sentences").statements();
        Statement added = statements.get(statements.size() - 1);
        assertThat(added.span().text()).startsWith("He added");
        assertThat(added.status()).isEqualTo(Status.REPORTED);
        assertThat(added.source()).hasValueSatisfying(src -> assertThat(src.name()).isEqualTo("The police chief"));
    }

    @Test
    void negatedContentOfReportedSpeechIsNegative() {
        Statement s = first("negated-relation");
        assertThat(s.status()).isEqualTo(Status.REPORTED);
        assertThat(s.polarity()).isEqualTo(Polarity.NEGATIVE);
    }

    @Test
    void plainFactualSentenceIsAsserted() {
        ArticleReport report = Recordings.analyze("armed");
        assertThat(report.statements()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(Status.ASSERTED);
            assertThat(s.cue()).isEmpty();
            assertThat(s.actors()).containsExactly("Iran", "Taliban");
        });
    }
}
