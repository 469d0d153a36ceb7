package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corroborate.actor.ActorRegistry;
import org.junit.jupiter.api.Test;

class GoldEvaluatorTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final GoldEvaluator evaluator = new GoldEvaluator(ActorRegistry.bundled());

    private JsonNode json(String s) throws Exception {
        return mapper.readTree(s.replace('\'', '"'));
    }

    @Test
    void relationsMatchByAliasPredicateAndStatus() throws Exception {
        JsonNode gold = json("{'relations': ["
                + "{'subject':'India','predicate':'ARMED','object':'Baloch Liberation Army','status':'RUMOURED'},"
                + "{'subject':'India','predicate':'FUNDED','object':'Baloch Liberation Army','status':'ALLEGED'}],"
                + "'sources': [{'name':'The Hindu'}]}");
        JsonNode report = json("{'relations': ["
                + "{'subject':'India','predicate':'ARMED','object':'BLA','status':'RUMOURED'},"
                + "{'subject':'India','predicate':'FUNDED','object':'Balochistan Liberation Army','status':'ASSERTED'},"
                + "{'subject':'The Hindu','predicate':'ACCUSED','object':'India','status':'ASSERTED'}]}");
        GoldScore score = evaluator.score(gold, report);
        assertThat(score.matchedRelations).isEqualTo(1);
        assertThat(score.relationRecall()).isEqualTo(0.5);
        assertThat(score.relationPrecision()).isEqualTo(1.0 / 3);
        assertThat(score.mustNotViolations).isEqualTo(1);
        assertThat(score.mismatches).anySatisfy(m -> assertThat(m).contains("found with status ASSERTED"));
    }

    @Test
    void incidentsMatchByCompatibleTypeAndDateThenFieldsAreChecked() throws Exception {
        JsonNode gold = json("{'incidents': [{'id':'g1','type':'HIJACKING','date':{'start':'2025-03-11'},"
                + "'country':'PK','admin1':'Balochistan','perpetrators':['Baloch Liberation Army'],"
                + "'hostages':{'min':451},'status':'ASSERTED'}]}");
        JsonNode report = json("{'incidents': [{'id':'i1','type':'KIDNAPPING','date':{'start':'2025-03-11'},"
                + "'place':{'country':'PK','admin1':'balochistan'},'perpetrators':[{'actor':'BLA','text':'BLA'}],"
                + "'claimed_by':[],'figures':{'hostages':[{'min':451}]},'status':'ASSERTED','evidence':[]}]}");
        GoldScore score = evaluator.score(gold, report);
        assertThat(score.matchedIncidents).isEqualTo(1);
        assertThat(score.incidentFieldsRight).isEqualTo(score.incidentFields);
    }

    @Test
    void statementRecallCountsOverlappingSpansWithTheGoldStatus() throws Exception {
        JsonNode gold = json("{'statements': [{'status':'RUMOURED','evidence':[{'start':10,'end':30,'text':'x'}]},"
                + "{'status':'OPINION','evidence':[{'start':100,'end':120,'text':'y'}]}]}");
        JsonNode report = json("{'statements': [{'status':'RUMOURED','span':{'start':0,'end':40}},"
                + "{'status':'ASSERTED','span':{'start':95,'end':130}}]}");
        GoldScore score = evaluator.score(gold, report);
        assertThat(score.matchedStatements).isEqualTo(1);
        assertThat(score.statementRecall()).isEqualTo(0.5);
    }
}
