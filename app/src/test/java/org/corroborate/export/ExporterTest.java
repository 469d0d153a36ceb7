package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.corroborate.incident.IncidentType;
import org.corroborate.report.Place;
import org.corroborate.store.IncidentQuery;
import org.corroborate.store.KnowledgeBase;
import org.corroborate.store.Reports;
import org.corroborate.testkit.Recordings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ExporterTest {

    private static final LocalDate DAY = LocalDate.of(1989, 11, 16);
    private static final Place SAN_SALVADOR = Reports.town("San Salvador", "San Salvador", "SV", 13.69, -89.19);

    @TempDir
    Path folder;

    private KnowledgeBase kb;

    @BeforeEach
    void twoOutletsWithDifferentTollsAndOneRelation() {
        kb = KnowledgeBase.open(folder.resolve("kb.db").toString());
        kb.add(report("a1", "AFP", "six priests, a cook and her daughter"));
        kb.add(report("a2", "Radio Venceremos", "eight people, \"among them\" the rector"));
        kb.add(Recordings.analyze("armed"));
    }

    @AfterEach
    void close() {
        kb.close();
    }

    private static org.corroborate.report.ArticleReport report(String id, String outlet, String killed) {
        String text = "SAN SALVADOR -- Gunmen killed " + killed + " at the university, among them Ignacio Ellacuria, "
                + "witnesses told " + outlet + ".";
        return Reports.article(id, outlet, DAY.plusDays(1), text)
                .incident(IncidentType.ARMED_ASSAULT, "killed", DAY, SAN_SALVADOR, List.of("Ignacio Ellacuria"),
                        killed)
                .build();
    }

    private String export(ExportFormat format) throws Exception {
        StringWriter out = new StringWriter();
        new Exporter(kb).write(format, IncidentQuery.all(), out, n -> { });
        return out.toString();
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    @Test
    void acledRowsHoldTheLowestTollAmongIndependentSourcesWithTheRangeBeside() throws Exception {
        String text = export(ExportFormat.ACLED);
        List<CSVRecord> rows = csv(text);

        assertThat(text).contains("\r\n"); // RFC 4180 line ends
        CSVRecord jesuits = rows.stream().filter(r -> r.get("admin1").equals("San Salvador")).findFirst().orElseThrow();
        assertThat(jesuits.get("event_date")).isEqualTo("1989-11-16");
        assertThat(jesuits.get("event_type")).isEqualTo("Violence against civilians");
        assertThat(jesuits.get("country")).isEqualTo("El Salvador");
        assertThat(jesuits.get("fatalities")).isEqualTo("6");
        assertThat(jesuits.get("fatalities_min")).isEqualTo("6");
        assertThat(jesuits.get("fatalities_max")).isEqualTo("8");
        assertThat(jesuits.get("fatalities_sources")).isEqualTo("2");
        assertThat(jesuits.get("independent_sources")).isEqualTo("2");
        assertThat(jesuits.get("source")).isEqualTo("AFP; Radio Venceremos");
    }

    @Test
    void gtdAndUcdpUseTheirCodebooksColumnNames() throws Exception {
        CSVRecord gtd = csv(export(ExportFormat.GTD)).get(0);
        assertThat(gtd.get("iyear")).isEqualTo("1989");
        assertThat(gtd.get("imonth")).isEqualTo("11");
        assertThat(gtd.get("attacktype1_txt")).isEqualTo("Armed Assault");
        assertThat(gtd.get("nkill")).isEqualTo("6");
        assertThat(gtd.get("nkill_max")).isEqualTo("8");
        assertThat(gtd.get("country_txt")).isEqualTo("El Salvador");

        CSVRecord ucdp = csv(export(ExportFormat.UCDP)).get(0);
        assertThat(ucdp.get("best")).isEqualTo("6");
        assertThat(ucdp.get("low")).isEqualTo("6");
        assertThat(ucdp.get("high")).isEqualTo("8");
        assertThat(ucdp.get("where_prec")).isEqualTo("1");
    }

    @Test
    void geojsonPlacesIncidentsAtLongitudeLatitude() throws Exception {
        JsonNode collection = new ObjectMapper().readTree(export(ExportFormat.GEOJSON));
        assertThat(collection.path("type").asText()).isEqualTo("FeatureCollection");
        JsonNode feature = collection.path("features").get(0);
        assertThat(feature.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(-89.19);
        assertThat(feature.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(13.69);
        assertThat(feature.path("properties").path("killed").asInt()).isEqualTo(6);
        assertThat(feature.path("properties").path("killed_max").asInt()).isEqualTo(8);
    }

    @Test
    void graphmlHoldsTheRelationWithItsStatusAndEvidence() throws Exception {
        Document graph = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(export(ExportFormat.GRAPHML))));
        assertThat(graph.getElementsByTagName("edge").getLength()).isEqualTo(1);
        String edge = graph.getElementsByTagName("edge").item(0).getTextContent();
        assertThat(edge).contains("ARMED").contains("ASSERTED").contains("Iran has long provided weapons");
    }

    @Test
    void jsonLinesGiveEachIncidentWithEverySourcesFigures() throws Exception {
        String[] lines = export(ExportFormat.JSONL).split("\n");
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.path("reports")).hasSize(2);
        assertThat(first.path("reports").get(1).path("figures").get(0).path("min").asInt()).isEqualTo(8);
    }
}
