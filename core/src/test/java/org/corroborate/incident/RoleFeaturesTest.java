package org.corroborate.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.nlp.CannedNlpEngine;
import org.corroborate.pipeline.Analyzer;
import org.corroborate.testkit.Recordings;
import org.junit.jupiter.api.Test;

class RoleFeaturesTest {

    private static List<RoleCandidate> candidates(String id) {
        return Analyzer.withBundledData(new CannedNlpEngine()).roleCandidates(Recordings.article(id));
    }

    @Test
    void namedPeopleMayBeVictimsOrAttackersAndDescribedPeopleAttackers() {
        List<RoleCandidate> candidates = candidates("victim-list");
        assertThat(candidates).filteredOn(c -> c.text().equals("Pedro Ortiz")).singleElement().satisfies(c -> {
            assertThat(c.roles()).containsExactly(MentionRole.VICTIM, MentionRole.PERPETRATOR_INDIVIDUAL);
            assertThat(c.mention()).isPresent();
            assertThat(c.features()).contains("kind=PERSON");
        });
        assertThat(candidates).filteredOn(c -> c.text().equals("Gunmen")).singleElement().satisfies(c -> {
            assertThat(c.roles()).containsExactly(MentionRole.PERPETRATOR_INDIVIDUAL);
            assertThat(c.mention()).isEmpty();
            assertThat(c.features()).contains("kind=PEOPLE", "head=gunman", "people=perpetrator");
        });
    }

    @Test
    void aTargetNounIsACandidateTargetWithItsTypeAndItsGoverningVerb() {
        List<RoleCandidate> candidates = candidates("seized");
        assertThat(candidates).filteredOn(c -> c.roles().contains(MentionRole.TARGET)).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("bus");
            assertThat(c.gtdType()).isPresent();
            assertThat(c.features()).contains("kind=TARGET", "head=bus", "gov=attack");
        });
    }

    @Test
    void theWordsOfAPeoplePhraseAreItsCountAndModifiers() {
        RoleCandidate workers = candidates("kidnapping").stream().filter(c -> c.text().equals("five workers"))
                .findFirst().orElseThrow();
        assertThat(workers.span().text()).isEqualTo("five workers");
        assertThat(workers.features()).contains("head=worker", "modifier=five", "incident-word-before");
    }

    @Test
    void aDescriptionToldOfAgainCarriesWhatItsOtherMentionsTell() {
        List<RoleCandidate> gunmen = candidates("gunmen-again").stream()
                .filter(c -> c.text().equalsIgnoreCase("gunmen")).toList();
        assertThat(gunmen).hasSize(2);
        RoleCandidate later = gunmen.get(1);
        // "the gunmen escaped" is not an attack, but the gunmen who "attacked a bus" are the same words.
        assertThat(later.features()).contains("text-mentions=2+", "text-first=0+", "elsewhere-gov=attack")
                .anyMatch(f -> f.startsWith("elsewhere-governed-by-incident="));
        assertThat(gunmen.get(0).features()).contains("elsewhere-gov=escape")
                .noneMatch(f -> f.startsWith("elsewhere-governed-by-incident="));
    }

    @Test
    void aNamedBuildingIsACandidateTarget() {
        assertThat(candidates("named-target")).filteredOn(c -> c.roles().contains(MentionRole.TARGET))
                .singleElement().satisfies(c -> {
                    assertThat(c.text()).isEqualTo("Hilton Hotel");
                    assertThat(c.roles()).containsExactly(MentionRole.TARGET);
                    assertThat(c.features()).contains("named=true", "head=hotel");
                });
    }

    @Test
    void aClandestineStationsBroadcastMarksItsCandidatesAndTheirKind() {
        assertThat(candidates("clandestine-broadcast")).filteredOn(c -> c.text().equalsIgnoreCase("air force"))
                .singleElement().satisfies(c -> assertThat(c.features())
                        .contains("clandestine", "clandestine|kind=STATE_AGENCY"));
        assertThat(candidates("bore-without-number")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.features()).noneMatch(f -> f.startsWith("clandestine")));
    }

    @Test
    void aClandestineBroadcastIsKnownByItsDateline() {
        assertThat(RoleFeatures.clandestineBroadcast("CLANDESTINE, 5 FEB 90 (RADIO VENCEREMOS) -- [TEXT] ...")).isTrue();
        assertThat(RoleFeatures.clandestineBroadcast("Clandestine, no date -- [Text] ...")).isTrue();
        assertThat(RoleFeatures.clandestineBroadcast("SAN SALVADOR, 5 FEB 90 -- A CLANDESTINE, ARMED GROUP -- ..."))
                .isFalse();
        assertThat(RoleFeatures.clandestineBroadcast("CLANDESTINE MEETINGS WERE HELD.")).isFalse();
    }
}
