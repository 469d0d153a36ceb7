package org.corroborate.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void titlesAndDescriptionsBeforeANameAreLeftOut() {
        assertThat(PersonNames.withoutTitles("Corporal Antonio Contreras")).isEqualTo("Antonio Contreras");
        assertThat(PersonNames.withoutTitles("JESUIT IGNACIO ELLACURIA")).isEqualTo("IGNACIO ELLACURIA");
        assertThat(PersonNames.withoutTitles("Msgr Romero")).isEqualTo("Romero");
        assertThat(PersonNames.withoutTitles("Msgr")).isEqualTo("Msgr");
    }

    @Test
    void ranksAreTheMilitaryAndPoliceTitlesOnly() {
        assertThat(PersonNames.isRank("Col.")).isTrue();
        assertThat(PersonNames.isRank("LIEUTENANT")).isTrue();
        assertThat(PersonNames.isRank("president")).isFalse();
        assertThat(PersonNames.isRank("Msgr")).isFalse();
    }
}
