package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ContractTest {

    @Test
    void reportWithAnUnknownStatusOrAWrongSpanIsRejected() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String base = "{'schema':'corroborate/article-report/1','article':{'id':'a','text':'Rumours spread.'},"
                + "'incidents':[],'relations':[],'statements':[{'span':{'start':0,'end':7,'text':'%s'},"
                + "'status':'%s'}]}";
        assertThatThrownBy(() -> Contract.assertFollowsContract(mapper.readTree(
                base.formatted("Rumours", "MAYBE").replace('\'', '"')))).hasMessageContaining("schema violations");
        assertThatThrownBy(() -> Contract.assertFollowsContract(mapper.readTree(
                base.formatted("Rumour!", "RUMOURED").replace('\'', '"')))).hasMessageContaining("text");
    }
}
