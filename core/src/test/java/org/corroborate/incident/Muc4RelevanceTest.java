package org.corroborate.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.corroborate.lexicon.LinearModel;
import org.corroborate.lexicon.Tsv;
import org.corroborate.report.ArticleReport;
import org.corroborate.testkit.Recordings;
import org.junit.jupiter.api.Test;

class Muc4RelevanceTest {

    private static Muc4Relevance model(String table) throws IOException {
        return new Muc4Relevance(LinearModel.of(Tsv.read(new BufferedReader(new StringReader(table)), "scope.tsv",
                2, 2), 1, "scope.tsv"));
    }

    @Test
    void featuresTellTypeAgeStatusAndTheWordsOfTheIncident() {
        ArticleReport report = Recordings.analyze("kidnapping");
        List<String> features = Muc4Relevance.features(report.incidents(), 0, report.article().text(),
                report.referenceDate());
        assertThat(features).contains("type=KIDNAPPING", "muc4=KIDNAPPING", "incident=0+", "hostages=true",
                "perpetrator=INDIVIDUAL|described");
        assertThat(features).anyMatch(f -> f.startsWith("age=") && !f.equals("age=unknown"));
        assertThat(features).anyMatch(f -> f.startsWith("word=kidnap"));
    }

    @Test
    void anIncidentTheModelLeavesOutKeepsEverythingButItsMuc4Type() throws IOException {
        ArticleReport report = Recordings.analyze("kidnapping");
        IncidentReport before = report.incidents().get(0);
        assertThat(before.coding().muc4Type()).isPresent();

        Muc4Relevance rejectsKidnappings = model("threshold\t0.5\nbias\t1.0\ntype=KIDNAPPING\t-5.0\n");
        IncidentReport after = rejectsKidnappings.apply(report.incidents(), report.article().text(),
                report.referenceDate()).get(0);

        assertThat(after.coding().muc4Type()).isEmpty();
        assertThat(after.coding().gtdAttackType()).isEqualTo(before.coding().gtdAttackType());
        assertThat(after.perpetrators()).isEqualTo(before.perpetrators());
        assertThat(after.victims()).isEqualTo(before.victims());
        assertThat(after.figures()).isEqualTo(before.figures());
        assertThat(after.evidence()).isEqualTo(before.evidence());
    }

    @Test
    void anIncidentTheModelKeepsIsUnchanged() throws IOException {
        ArticleReport report = Recordings.analyze("kidnapping");
        Muc4Relevance keepsAll = model("threshold\t0.5\nbias\t2.0\n");
        assertThat(keepsAll.apply(report.incidents(), report.article().text(), report.referenceDate()))
                .isEqualTo(report.incidents());
    }
}
