package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.corroborate.incident.FigureKind;
import org.corroborate.incident.IncidentType;
import org.corroborate.report.ArticleReport;
import org.corroborate.report.Place;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KnowledgeBaseTest {

    private static final LocalDate DAY = LocalDate.of(1989, 11, 16);
    private static final Place SAN_SALVADOR = Reports.town("San Salvador", "San Salvador", "El Salvador", 13.69, -89.19);
    private static final Place SANTA_ANA = Reports.town("Santa Ana", "Santa Ana", "El Salvador", 13.99, -89.56);

    @TempDir
    Path folder;

    static List<String> engines() {
        return Databases.engines();
    }

    private KnowledgeBase open(String engine) {
        return KnowledgeBase.open(Databases.fresh(engine, folder));
    }

    private static ArticleReport jesuits(String id, String outlet, String killed) {
        String text = "SAN SALVADOR -- Gunmen killed " + killed + " at the university, among them Ignacio Ellacuria, "
                + "the rector, the authorities of this outlet (" + id + ") said.";
        return Reports.article(id, outlet, DAY.plusDays(1), text)
                .incident(IncidentType.ARMED_ASSAULT, "killed", DAY, SAN_SALVADOR, List.of("Ignacio Ellacuria"),
                        killed)
                .build();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void addingTheSameContentTwiceChangesNothing(String engine) {
        try (KnowledgeBase kb = open(engine)) {
            AddResult first = kb.add(jesuits("a1", "AFP", "six priests"));
            AddResult again = kb.add(jesuits("a1", "AFP", "six priests"));

            assertThat(first.duplicate()).isFalse();
            assertThat(again.duplicate()).isTrue();
            assertThat(again.articleId()).isEqualTo(first.articleId());
            assertThat(kb.totals().articles()).isEqualTo(1);
            assertThat(kb.totals().incidentReports()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void reportsOfOneIncidentFromTwoOutletsJoinOneIncidentWithEachSourcesFigures(String engine) {
        try (KnowledgeBase kb = open(engine)) {
            kb.add(jesuits("a1", "Radio Venceremos", "six priests"));
            AddResult second = kb.add(jesuits("a2", "El Diario de Hoy", "eight people"));

            assertThat(second.newIncidents()).isEmpty();
            assertThat(second.mergedIncidents()).singleElement().satisfies(m -> assertThat(m.explanation())
                    .isEqualTo("same day; same place: San Salvador; same victim: Ignacio Ellacuria"));
            IncidentDetail incident = kb.incident(second.mergedIncidents().get(0).incidentId()).orElseThrow();
            assertThat(incident.summary().sources()).isEqualTo(2);
            assertThat(incident.summary().independentSources()).isEqualTo(2);
            assertThat(incident.reports()).extracting(IncidentDetail.SourceReport::source,
                    r -> r.figures().get(0).min()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Radio Venceremos", 6L),
                    org.assertj.core.groups.Tuple.tuple("El Diario de Hoy", 8L));
            FigureRange killed = incident.summary().figures().get(FigureKind.KILLED);
            assertThat(killed).isEqualTo(new FigureRange(6, 8, false, 6, 2));
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void attacksOnTheSameDayInTheSameCountryStaySeparate(String engine) {
        try (KnowledgeBase kb = open(engine)) {
            kb.add(Reports.article("b1", "AFP", DAY, "Rebels attacked a post in Santa Ana.")
                    .incident(IncidentType.ARMED_ASSAULT, "attacked", DAY, SANTA_ANA, List.of(), null).build());
            kb.add(Reports.article("b2", "EFE", DAY, "Rebels attacked a post in the country.")
                    .incident(IncidentType.ARMED_ASSAULT, "attacked", DAY, Reports.country("El Salvador"), List.of(),
                            null).build());
            kb.add(Reports.article("b3", "DPA", DAY, "Rebels attacked a post in San Salvador.")
                    .incident(IncidentType.ARMED_ASSAULT, "attacked", DAY, SAN_SALVADOR, List.of(), null).build());

            assertThat(kb.totals().incidents()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void syndicatedCopyIsNotAnIndependentSource(String engine) {
        String wire = "Gunmen killed six priests at the university in San Salvador on Thursday, among them Ignacio "
                + "Ellacuria, the rector, in an attack the government blamed on the rebels, who denied it.";
        try (KnowledgeBase kb = open(engine)) {
            kb.add(Reports.article("c1", "Daily One", DAY, wire)
                    .incident(IncidentType.ARMED_ASSAULT, "killed", DAY, SAN_SALVADOR, List.of("Ignacio Ellacuria"),
                            "six priests").build());
            AddResult copy = kb.add(Reports.article("c2", "Daily Two", DAY, "WORLD IN BRIEF. " + wire)
                    .incident(IncidentType.ARMED_ASSAULT, "killed", DAY, SAN_SALVADOR, List.of("Ignacio Ellacuria"),
                            "six priests").build());

            assertThat(copy.copyOf()).contains("c1");
            IncidentSummary incident = kb.incidents(IncidentQuery.all()).get(0);
            assertThat(incident.sources()).isEqualTo(2);
            assertThat(incident.independentSources()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void outletsCarryingTheSameAgencysCopyCountAsOneIndependentSource(String engine) {
        try (KnowledgeBase kb = open(engine)) {
            kb.add(Reports.article("d1", "Dawn", DAY, "Quetta: Militants killed five soldiers. (AFP)")
                    .incident(IncidentType.ARMED_ASSAULT, "killed", DAY, SAN_SALVADOR, List.of(), "five soldiers")
                    .build());
            kb.add(Reports.article("d2", "The News", DAY, "Five soldiers died when militants opened fire, the army "
                    + "said. -- AFP").incident(IncidentType.ARMED_ASSAULT, "opened fire", DAY, SAN_SALVADOR, List.of(),
                    "Five soldiers").build());

            IncidentSummary incident = kb.incidents(IncidentQuery.all()).get(0);
            assertThat(incident.sources()).isEqualTo(2);
            assertThat(incident.independentSources()).isEqualTo(1);
            assertThat(kb.incidents(new IncidentQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), 2, 0, 0))).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void incidentsAreFilteredByDatePlaceTypeAndActor(String engine) {
        try (KnowledgeBase kb = open(engine)) {
            kb.add(jesuits("e1", "AFP", "six priests"));
            kb.add(Reports.article("e2", "EFE", DAY.plusDays(3), "A bomb exploded in Santa Ana.")
                    .incident(IncidentType.BOMBING, "exploded", DAY.plusDays(3), SANTA_ANA, List.of(), null).build());

            IncidentQuery none = IncidentQuery.all();
            assertThat(kb.incidents(new IncidentQuery(Optional.of(DAY.plusDays(1)), none.to(), none.place(),
                    none.actor(), none.type(), 0, 0, 0))).extracting(IncidentSummary::type)
                    .containsExactly(IncidentType.BOMBING);
            assertThat(kb.incidents(new IncidentQuery(none.from(), none.to(), Optional.of("santa"), none.actor(),
                    none.type(), 0, 0, 0))).extracting(IncidentSummary::type).containsExactly(IncidentType.BOMBING);
            assertThat(kb.incidents(new IncidentQuery(none.from(), none.to(), none.place(), Optional.of("ellacuria"),
                    none.type(), 0, 0, 0))).extracting(IncidentSummary::type)
                    .containsExactly(IncidentType.ARMED_ASSAULT);
            assertThat(kb.incidents(new IncidentQuery(none.from(), none.to(), none.place(), none.actor(),
                    Optional.of(IncidentType.BOMBING), 0, 0, 0))).hasSize(1);
            assertThat(kb.countIncidents(none)).isEqualTo(2);
        }
    }
}
