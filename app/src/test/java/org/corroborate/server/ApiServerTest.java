package org.corroborate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.corroborate.store.KnowledgeBase;
import org.corroborate.testkit.Recordings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API against a real server on a free port, over a knowledge base of recorded test articles. */
class ApiServerTest {

    @TempDir
    static Path folder;

    private static KnowledgeBase kb;
    private static ApiServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void serve() {
        kb = KnowledgeBase.open(folder.resolve("kb.db").toString());
        for (String id : List.of("two-incidents", "kidnapping", "nested-accusation", "armed", "rumour", "claim")) {
            kb.add(Recordings.analyze(id));
        }
        server = ApiServer.start(kb, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        kb.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.address().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void servesOnLoopbackByDefaultAddress() {
        assertThat(server.address().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void incidentsArePagedWithTheirTotalAndFiltered() throws Exception {
        JsonNode all = json("/api/incidents");
        int total = all.path("total").asInt();
        assertThat(total).isGreaterThanOrEqualTo(3);

        JsonNode page = json("/api/incidents?limit=1&offset=1");
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("total").asInt()).isEqualTo(total);
        assertThat(page.path("items").get(0).path("id")).isEqualTo(all.path("items").get(1).path("id"));

        JsonNode kidnappings = json("/api/incidents?type=kidnapping");
        assertThat(kidnappings.path("items")).isNotEmpty()
                .allSatisfy(i -> assertThat(i.path("type").asText()).isEqualTo("KIDNAPPING"));
    }

    @Test
    void oneIncidentGivesEachSourcesFiguresAndTheArticleItCameFrom() throws Exception {
        JsonNode list = json("/api/incidents?place=quetta");
        long id = list.path("items").get(0).path("id").asLong();
        JsonNode incident = json("/api/incidents/" + id);
        JsonNode report = incident.path("reports").get(0);
        assertThat(report.path("figures").findValuesAsText("kind")).contains("KILLED");
        JsonNode article = json("/api/articles/" + report.path("article_id").asLong());
        assertThat(article.path("report").path("article").path("text").asText()).contains("Quetta");
        assertThat(article.path("incident_of_report").path(report.path("report_key").asText("i1")).asLong(id))
                .isEqualTo(id);
    }

    @Test
    void statementsAndRelationsAreFilteredByStatusSourceActorAndPredicate() throws Exception {
        JsonNode alleged = json("/api/statements?status=alleged");
        assertThat(alleged.path("items")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.path("status").asText()).isEqualTo("ALLEGED"));
        assertThat(json("/api/statements?source=pakistan").path("items").findValuesAsText("source"))
                .isNotEmpty().allSatisfy(s -> assertThat(s).containsIgnoringCase("pakistan"));

        JsonNode armed = json("/api/relations?predicate=armed");
        assertThat(armed.path("items").findValuesAsText("status")).containsExactlyInAnyOrder("ASSERTED", "RUMOURED");
        assertThat(armed.path("items").findValuesAsText("subject")).containsOnly("Iran");
        JsonNode rumoured = json("/api/relations?actor=taliban&status=rumoured");
        assertThat(rumoured.path("items")).hasSize(1);
        assertThat(rumoured.path("items").get(0).path("evidence").path("text").asText()).contains("rockets");
        assertThat(json("/api/actors?name=taliban").path("items").findValuesAsText("name")).contains("Taliban");
        assertThat(json("/api/search?q=ransom").path("articles")).hasSize(1);
    }

    @Test
    void malformedRequestsGetJsonErrorsThatSayWhatToFix() throws Exception {
        HttpResponse<String> badDate = get("/api/incidents?from=16-11-1989");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badDate.body()).path("error").asText()).contains("'from'").contains("yyyy-mm-dd");

        HttpResponse<String> badStatus = get("/api/statements?status=likely");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(badStatus.body()).contains("ALLEGED");

        HttpResponse<String> missing = get("/api/incidents/999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).path("error").asText()).contains("no incident with id 999999");

        HttpResponse<String> noRoute = get("/api/nothing-here");
        assertThat(noRoute.statusCode()).isEqualTo(404);
        assertThat(noRoute.body()).contains("openapi.json");

        assertThat(get("/api/export/excel").body()).contains("acled");
    }

    @Test
    void theOpenApiDocumentDescribesEveryRoute() throws Exception {
        JsonNode doc = json("/api/openapi.json");
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        List<String> documented = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(documented::add);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(ApiServer.ROUTES);
    }

    @Test
    void exportsDownloadInTheirFormat() throws Exception {
        HttpResponse<String> acled = get("/api/export/acled?place=quetta");
        assertThat(acled.statusCode()).isEqualTo(200);
        assertThat(acled.headers().firstValue("Content-Disposition").orElse("")).contains("corroborate-acled.csv");
        var rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(acled.body())).getRecords();
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("location")).isEqualTo("Quetta"));
        assertThat(rows.get(0).get("fatalities")).isEqualTo("12");
    }

    @Test
    void theWebUiAndItsLibrariesAreServedFromTheJar() throws Exception {
        assertThat(get("/").body()).contains("<title>Corroborate</title>");
        assertThat(get("/app.js").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/boundaries/countries.json").statusCode()).isEqualTo(200);
    }
}
