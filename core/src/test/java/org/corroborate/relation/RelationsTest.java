package org.corroborate.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.report.Polarity;
import org.corroborate.report.SourceKind;
import org.corroborate.report.Status;
import org.corroborate.testkit.Recordings;
import org.junit.jupiter.api.Test;

class RelationsTest {

    private static List<Relation> relations(String id) {
        return Recordings.analyze(id).relations();
    }

    @Test
    void providingWeaponsToAGroupIsArming() {
        assertThat(relations("armed")).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo("Iran");
            assertThat(r.predicate()).isEqualTo(Predicate.ARMED);
            assertThat(r.object()).isEqualTo("Taliban");
            assertThat(r.status()).isEqualTo(Status.ASSERTED);
        });
    }

    @Test
    void rumourCueMakesRelationRumoured() {
        assertThat(relations("rumour")).singleElement().satisfies(r -> {
            assertThat(r.predicate()).isEqualTo(Predicate.ARMED);
            assertThat(r.status()).isEqualTo(Status.RUMOURED);
        });
    }

    @Test
    void accusationIsSpeculatedUnderHedgeAndTheAccusedActIsAllegedByTheAccuser() {
        List<Relation> rs = relations("nested-accusation");
        assertThat(rs).anySatisfy(r -> {
            assertThat(r.subject()).isEqualTo("Pakistan");
            assertThat(r.predicate()).isEqualTo(Predicate.ACCUSED);
            assertThat(r.object()).isEqualTo("India");
            assertThat(r.status()).isEqualTo(Status.SPECULATED);
        });
        assertThat(rs).anySatisfy(r -> {
            assertThat(r.subject()).isEqualTo("India");
            assertThat(r.predicate()).isEqualTo(Predicate.FUNDED);
            assertThat(r.object()).isEqualTo("Baloch Liberation Army");
            assertThat(r.status()).isEqualTo(Status.ALLEGED);
            assertThat(r.source()).hasValueSatisfying(s -> assertThat(s.actor()).hasValue("Pakistan"));
        });
    }

    @Test
    void citedOutletIsTheSourceAndNeverAParty() {
        assertThat(relations("outlet-source")).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo("Inter-Services Intelligence");
            assertThat(r.predicate()).isEqualTo(Predicate.TRAINED);
            assertThat(r.object()).isEqualTo("Lashkar-e-Taiba");
            assertThat(r.status()).isEqualTo(Status.REPORTED);
            assertThat(r.source()).hasValueSatisfying(s -> {
                assertThat(s.name()).isEqualTo("The Hindu");
                assertThat(s.kind()).isEqualTo(SourceKind.OUTLET);
            });
        });
    }

    @Test
    void negatedRelationKeepsItsStatusAndHasNegativePolarity() {
        assertThat(relations("negated-relation")).singleElement().satisfies(r -> {
            assertThat(r.predicate()).isEqualTo(Predicate.FUNDED);
            assertThat(r.polarity()).isEqualTo(Polarity.NEGATIVE);
            assertThat(r.status()).isEqualTo(Status.REPORTED);
            assertThat(r.source()).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("officials"));
        });
    }

    @Test
    void designationAsTerroristNamesTheDesignatingState() {
        assertThat(relations("designation")).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo("United States");
            assertThat(r.predicate()).isEqualTo(Predicate.DESIGNATED_TERRORIST);
            assertThat(r.object()).isEqualTo("Baloch Liberation Army");
        });
    }

    @Test
    void evidenceIsTheTextAtItsOffsets() {
        var report = Recordings.analyze("outlet-source");
        String text = report.article().text();
        for (Relation r : report.relations()) {
            r.evidence().forEach(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()));
        }
    }
}
