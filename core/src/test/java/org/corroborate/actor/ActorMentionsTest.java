package org.corroborate.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.corroborate.incident.IncidentReport;
import org.corroborate.report.ArticleReport;
import org.corroborate.report.Party;
import org.corroborate.testkit.Recordings;
import org.junit.jupiter.api.Test;

class ActorMentionsTest {

    @Test
    void aPlaceNameTheTaggerTakesForAPersonInOneSentenceIsNoPerson() {
        // "LA PAZ, 25 MAY 89 (DPA) -- [TEXT] TWO U.S. MISSIONARIES WERE KILLED TODAY IN LA PAZ. ...": the recorded
        // tagging has the dateline's LA PAZ as a PERSON, the others as a CITY.
        ArticleReport report = Recordings.analyze("place-tagged-person");
        assertThat(report.actors()).filteredOn(a -> a.kind() == ActorKind.PERSON).extracting(Actor::name)
                .doesNotContain("LA PAZ");
        assertThat(report.incidents()).flatExtracting(IncidentReport::victims).extracting(Party::text)
                .doesNotContain("LA PAZ");
    }

    @Test
    void aForceNamedByWhatItIsIsAStateAgencyAndAnArmyWithANameOfItsOwnAnArmedGroup() {
        // "THE 4TH BRIGADE SAID THAT THE NATIONAL LIBERATION ARMY ATTACKED ... THE AIR FORCE BOMBED ...": the tagger
        // takes the brigade and the air force for organizations like any other.
        ArticleReport report = Recordings.analyze("state-force-names");
        assertThat(report.actors()).extracting(Actor::name, Actor::kind).contains(
                tuple("4TH BRIGADE", ActorKind.STATE_AGENCY), tuple("AIR FORCE", ActorKind.STATE_AGENCY),
                tuple("National Liberation Army", ActorKind.ARMED_GROUP));
    }

    @Test
    void aDemonymBeforeTheFirstWordOfARegisteredNameLeavesTheNameWhole() {
        // "KIDNAPPED BY COLOMBIAN ARMY OF NATIONAL LIBERATION GUERRILLAS": not the Colombian army, but the ELN under
        // the other English form of its name.
        ArticleReport report = Recordings.analyze("demonym-before-a-longer-name-upper");
        assertThat(report.actors()).extracting(Actor::name).contains("National Liberation Army")
                .doesNotContain("Colombia");
        assertThat(report.incidents()).flatExtracting(IncidentReport::perpetrators)
                .extracting(Party::text).contains("ARMY OF NATIONAL LIBERATION");
    }
}
