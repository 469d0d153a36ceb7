package org.corroborate.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.corroborate.actor.ActorRegistry;
import org.corroborate.place.Gazetteer;
import org.corroborate.lexicon.LinearModel;
import org.corroborate.lexicon.Tsv;
import org.corroborate.nlp.CannedNlpEngine;
import org.corroborate.pipeline.Analyzer;
import org.corroborate.report.Party;
import org.corroborate.testkit.Recordings;
import org.junit.jupiter.api.Test;

class RoleCastingTest {

    /**
     * A role model that finds an armed group named after an article's first sentence a likely attacker (probability
     * 0.68; one named in the first sentence 0.43) and casts nothing by its threshold; with {@code fallback} its
     * 'fallback' row.
     */
    private static Analyzer withModel(String fallback) throws IOException {
        String table = "threshold\t2\t2\t2\t2\t2\t2\n"
                + (fallback.isEmpty() ? "" : "fallback\t2\t2\t" + fallback + "\t2\t2\t2\n")
                + "bias\t-3\t-3\t-3\t-3\t-3\t-3\n"
                + "kind=ARMED_GROUP\t0\t0\t1.5\t0\t0\t0\n"
                + "sentence=1+\t0\t0\t1.5\t0\t0\t0\n";
        return withModelTable(table);
    }

    /** A role model that finds no candidate a likely weapon (probability 0.05) and drops the rules' below 0.5. */
    private static Analyzer doubtingEveryWeapon() throws IOException {
        String table = "threshold\t2\t2\t2\t2\t2\t2\n"
                + "floor\t0\t0\t0\t0\t0.5\t0\n"
                + "bias\t-3\t-3\t-3\t-3\t-3\t-3\n";
        return withModelTable(table);
    }

    /** The pipeline on recorded annotations with the role model of {@code table} (the shipped file's format). */
    private static Analyzer withModelTable(String table) throws IOException {
        int roles = MentionRole.values().length;
        LinearModel model = LinearModel.of(Tsv.read(new BufferedReader(new StringReader(table)), "roles.tsv",
                roles + 1, roles + 1), roles, "roles.tsv");
        return new Analyzer(new CannedNlpEngine(), ActorRegistry.bundled(), Gazetteer.bundled(),
                new LearnedModels(RoleModel.of(model), Muc4Relevance.rulesOnly()));
    }

    private static IncidentReport bombing(Analyzer analyzer) {
        return analyzer.analyze(Recordings.article("unclaimed-bombing")).incidents().get(0);
    }

    @Test
    void theArticlesLikeliestAttackerFillsTheRoleNothingElseFills() throws IOException {
        // "A bomb exploded ... The government has offered talks to the Shining Path.": no one is said to have set
        // it off.
        assertThat(bombing(withModel("0.5")).perpetrators()).extracting(Party::text)
                .containsExactly("Shining Path");
        assertThat(bombing(withModel("0.9")).perpetrators()).isEmpty();
        assertThat(bombing(withModel("")).perpetrators()).isEmpty();
    }

    @Test
    void aRoleTheRulesFillTakesNoFallback() throws IOException {
        // "Guerrillas of the ERP killed five peasants ... The FMLN has called for talks ...": the FMLN is the
        // model's likeliest, but the rules have the attackers already.
        IncidentReport incident = withModel("0.5").analyze(Recordings.article("attackers-named")).incidents().get(0);
        assertThat(incident.perpetrators()).extracting(Party::text).contains("ERP").doesNotContain("FMLN");
    }

    @Test
    void aWeaponTheArticleSaysWasUsedStaysWhereTheModelDoubtsIt() throws IOException {
        Analyzer analyzer = doubtingEveryWeapon();
        // "TWO MEN ATTACKED THE MAYOR'S HOME WITH EXPLOSIVES": the attack was made with them, so it is a bombing.
        IncidentReport attack = analyzer.analyze(Recordings.article("home-attacked-with-explosives-upper"))
                .incidents().get(0);
        assertThat(attack.weapons()).extracting(Weapon::text).containsExactly("EXPLOSIVES");
        assertThat(attack.type()).isEqualTo(IncidentType.BOMBING);
        // "GUERRILLAS ARMED WITH RIFLES KILLED THREE PEASANTS": the rules take the rifles, which the model may drop.
        IncidentReport killing = Recordings.analyzeByRules("attackers-armed-with-rifles-upper").incidents().get(0);
        assertThat(killing.weapons()).extracting(Weapon::text).containsExactly("RIFLES");
        assertThat(analyzer.analyze(Recordings.article("attackers-armed-with-rifles-upper")).incidents().get(0)
                .weapons()).isEmpty();
    }

    @Test
    void weaponsFiredUsedOrCarriedByABombThatWentOffStay() throws IOException {
        Analyzer analyzer = doubtingEveryWeapon();
        // "GUERRILLAS FIRED ROCKETS AT THE GOVERNMENT PALACE", "20 KG OF EXPLOSIVES WERE USED IN THE ATTACK", "A CAR
        // BOMB CONTAINING 50 KG OF DYNAMITE EXPLODED".
        assertThat(weapons(analyzer, "rockets-fired-upper")).containsExactly("ROCKETS");
        assertThat(weapons(analyzer, "explosives-used-upper")).containsExactly("20 KG OF EXPLOSIVES");
        assertThat(weapons(analyzer, "car-bomb-containing-dynamite-upper"))
                .containsExactly("CAR BOMB", "50 KG OF DYNAMITE");
    }

    private static List<String> weapons(Analyzer analyzer, String id) {
        return analyzer.analyze(Recordings.article(id)).incidents().stream()
                .flatMap(i -> i.weapons().stream()).map(Weapon::text).toList();
    }
}
