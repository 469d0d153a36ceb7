package org.corroborate.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.report.Status;
import org.corroborate.testkit.Recordings;
import org.junit.jupiter.api.Test;

/** The status and the doubt of single words, as the factuality evaluation reads them. */
class JudgementTest {

    private static Judgement judge(String word) {
        return Recordings.judge("hedge-in-speech", word).orElseThrow();
    }

    @Test
    void aHedgeInsideReportedSpeechIsDoubtWhileTheStatusStaysWithTheSpeaker() {
        Judgement collapse = judge("collapse");
        assertThat(collapse.status()).isEqualTo(Status.REPORTED);
        assertThat(collapse.source()).hasValueSatisfying(s -> assertThat(s.name()).contains("ministry"));
        assertThat(collapse.doubt()).hasValueSatisfying(d -> assertThat(d.cue().text()).isEqualTo("could"));
    }

    @Test
    void aHedgeQualifiesTheWordItModifiesNotTheConjoinedClause() {
        assertThat(judge("unharmed").doubt())
                .hasValueSatisfying(d -> assertThat(d.cue().text()).isEqualTo("apparently"));
        assertThat(judge("reached").doubt()).isEmpty();
    }

    @Test
    void theContentOfAWhetherClauseIsInDoubtButTheSayingIsNot() {
        assertThat(judge("fled").doubt()).hasValueSatisfying(d -> assertThat(d.cue().text()).isEqualTo("whether"));
        assertThat(judge("say").doubt()).isEmpty();
    }

    @Test
    void mayBeforeAVerbIsDoubtEvenWhereTheTimeTaggerReadsAMonth() {
        // "INVESTIGATORS SAID THIS MAY HAVE BEEN A TERRORIST ATTACK": the time tagger takes "THIS MAY" for a date.
        Judgement attack = Recordings.judge("modal-may-upper", "ATTACK").orElseThrow();
        assertThat(attack.status()).isEqualTo(Status.REPORTED);
        assertThat(attack.doubt()).hasValueSatisfying(d -> assertThat(d.cue().text()).isEqualTo("MAY"));
    }

    @Test
    void aFirmStatementHasNoDoubt() {
        assertThat(judge("said").doubt()).isEmpty();
        assertThat(judge("ceasefire").doubt()).isEmpty();
    }
}
