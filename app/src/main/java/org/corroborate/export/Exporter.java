package org.corroborate.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.corroborate.cli.StoreJson;
import org.corroborate.incident.FigureKind;
import org.corroborate.store.Browse;
import org.corroborate.store.FigureRange;
import org.corroborate.store.IncidentDetail;
import org.corroborate.store.IncidentQuery;
import org.corroborate.store.IncidentSummary;
import org.corroborate.store.KnowledgeBase;

/**
 * Writes the knowledge base in one {@link ExportFormat}. Incident exports take an {@link IncidentQuery} (the same
 * filters as the incident list); the graph and claim exports take every relation and attributed statement.
 *
 * <p>CSV follows RFC 4180 (CRLF, quotes doubled). Where a codebook has one column for a figure (ACLED fatalities,
 * GTD nkill, UCDP best), it holds the lowest figure among independent sources, as ACLED codes conflicting reports;
 * the lowest and highest figures of any source and the number of independent sources that give one stand beside it.
 */
public final class Exporter {

    private static final String MISSING = "";

    private final KnowledgeBase kb;
    private final ObjectMapper json = StoreJson.mapper();

    public Exporter(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * Writes {@code format} to {@code out}; {@code progress} hears how many records are written so far.
     *
     * @return how many records (incidents, relations or statements) were written
     */
    public int write(ExportFormat format, IncidentQuery query, Writer out, IntConsumer progress) throws IOException {
        return switch (format) {
            case ACLED -> csv(query, out, progress, acled());
            case GTD -> csv(query, out, progress, gtd());
            case UCDP -> csv(query, out, progress, ucdp());
            case GEOJSON -> geojson(query, out, progress);
            case JSONL -> jsonl(query, out, progress);
            case GRAPHML -> graphml(out);
            case CLAIMREVIEW -> claimReview(out);
        };
    }

    // ---- CSV ----------------------------------------------------------------------------------------------------

    /** A CSV layout: column names and, for each, how to read it from an incident. */
    private record Columns(Map<String, Function<IncidentFacts, Object>> columns) {
    }

    private int csv(IncidentQuery query, Writer out, IntConsumer progress, Columns layout) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(layout.columns().keySet().toArray(String[]::new)).get());
        int written = 0;
        for (IncidentDetail detail : details(query)) {
            IncidentFacts facts = new IncidentFacts(detail);
            List<Object> row = new ArrayList<>();
            for (Function<IncidentFacts, Object> column : layout.columns().values()) {
                Object value = column.apply(facts);
                row.add(value instanceof Optional<?> o ? o.map(Object::toString).orElse(MISSING)
                        : value == null ? MISSING : value);
            }
            printer.printRecord(row);
            progress.accept(++written);
        }
        printer.flush();
        return written;
    }

    private static Columns acled() {
        Map<String, Function<IncidentFacts, Object>> c = new LinkedHashMap<>();
        c.put("event_id_cnty", f -> f.location().flatMap(IncidentSummary.Location::country).orElse("XX")
                + "CORR" + f.summary().id());
        c.put("event_date", f -> f.summary().start());
        c.put("year", f -> f.summary().start().map(d -> d.getYear()));
        c.put("time_precision", f -> f.days().map(d -> d <= 1 ? 1 : d <= 7 ? 2 : 3));
        c.put("disorder_type", f -> f.codes().acledEventType().map(Exporter::disorderType));
        c.put("event_type", f -> f.codes().acledEventType());
        c.put("sub_event_type", f -> f.codes().acledSubEventType());
        c.put("actor1", f -> first(f.parties("PERPETRATOR")));
        c.put("assoc_actor_1", f -> rest(f.parties("PERPETRATOR")));
        c.put("actor2", f -> first(victimSide(f)));
        c.put("assoc_actor_2", f -> rest(victimSide(f)));
        c.put("country", IncidentFacts::countryName);
        c.put("admin1", f -> f.location().flatMap(IncidentSummary.Location::admin1));
        c.put("admin2", f -> f.location().flatMap(IncidentSummary.Location::admin2));
        c.put("location", f -> f.location().map(IncidentSummary.Location::name));
        c.put("latitude", f -> f.location().flatMap(IncidentSummary.Location::lat));
        c.put("longitude", f -> f.location().flatMap(IncidentSummary.Location::lon));
        c.put("geo_precision", f -> f.location().map(l -> switch (l.precision()) {
            case "POINT", "TOWN" -> 1;
            case "ADMIN2" -> 2;
            default -> 3;
        }));
        c.put("source", f -> String.join("; ", f.sources()));
        c.put("notes", IncidentFacts::summaryText);
        c.put("fatalities", f -> f.figure(FigureKind.KILLED).map(FigureRange::conservative).orElse(0L));
        figureColumns(c, "fatalities", FigureKind.KILLED);
        sourceColumns(c);
        return new Columns(c);
    }

    private static Columns gtd() {
        Map<String, Function<IncidentFacts, Object>> c = new LinkedHashMap<>();
        c.put("eventid", f -> f.summary().id());
        c.put("iyear", f -> f.summary().start().map(d -> d.getYear()));
        c.put("imonth", f -> f.summary().start().map(d -> d.getMonthValue()));
        c.put("iday", f -> f.summary().start().map(d -> d.getDayOfMonth()));
        c.put("approxdate", f -> f.days().filter(d -> d > 1)
                .map(d -> f.summary().start().get() + ".." + f.summary().end().orElseThrow()));
        c.put("country_txt", IncidentFacts::countryName);
        c.put("provstate", f -> f.location().flatMap(IncidentSummary.Location::admin1));
        c.put("city", f -> f.location().filter(l -> l.precision().equals("TOWN") || l.precision().equals("POINT"))
                .map(IncidentSummary.Location::name));
        c.put("latitude", f -> f.location().flatMap(IncidentSummary.Location::lat));
        c.put("longitude", f -> f.location().flatMap(IncidentSummary.Location::lon));
        c.put("specificity", f -> f.location().map(l -> switch (l.precision()) {
            case "POINT", "TOWN" -> 1;
            case "ADMIN2" -> 3;
            case "ADMIN1" -> 4;
            default -> 5;
        }).orElse(5));
        c.put("summary", IncidentFacts::summaryText);
        c.put("success", f -> f.accomplished() ? 1 : 0);
        c.put("suicide", f -> f.suicide() ? 1 : 0);
        c.put("attacktype1_txt", f -> f.codes().gtdAttackType());
        c.put("targtype1_txt", f -> f.code("TARGET"));
        c.put("target1", f -> first(victimSide(f)));
        c.put("gname", f -> first(f.parties("PERPETRATOR")).or(() -> Optional.of("Unknown")));
        c.put("gname2", f -> f.parties("PERPETRATOR").stream().skip(1).findFirst());
        c.put("claimed", f -> f.parties("CLAIMED_BY").isEmpty() ? 0 : 1);
        c.put("weaptype1_txt", f -> f.code("WEAPON"));
        c.put("nkill", f -> f.figure(FigureKind.KILLED).map(FigureRange::conservative));
        c.put("nwound", f -> f.figure(FigureKind.INJURED).map(FigureRange::conservative));
        c.put("nhostkid", f -> f.figure(FigureKind.HOSTAGES).map(FigureRange::conservative));
        figureColumns(c, "nkill", FigureKind.KILLED);
        figureColumns(c, "nwound", FigureKind.INJURED);
        figureColumns(c, "nhostkid", FigureKind.HOSTAGES);
        c.put("scite1", f -> String.join("; ", f.sources()));
        c.put("dbsource", f -> "Corroborate");
        sourceColumns(c);
        return new Columns(c);
    }

    private static Columns ucdp() {
        Map<String, Function<IncidentFacts, Object>> c = new LinkedHashMap<>();
        c.put("id", f -> f.summary().id());
        c.put("year", f -> f.summary().start().map(d -> d.getYear()));
        c.put("type_of_violence", f -> switch (f.summary().type()) {
            case ARMED_CLASH, SHELLING, AIR_DRONE_STRIKE, SECURITY_OPERATION -> Optional.empty(); // sides unknown
            default -> f.parties("VICTIM").isEmpty() ? Optional.empty() : Optional.of(3); // one-sided
        });
        c.put("side_a", f -> first(f.parties("PERPETRATOR")));
        c.put("side_b", f -> first(victimSide(f)));
        c.put("source_article", f -> String.join("; ", f.sources()));
        c.put("source_headline", IncidentFacts::summaryText);
        c.put("number_of_sources", f -> f.summary().sources());
        c.put("where_prec", f -> f.location().map(l -> switch (l.precision()) {
            case "POINT", "TOWN" -> 1;
            case "ADMIN2" -> 3;
            case "ADMIN1" -> 4;
            case "COUNTRY" -> 6;
            default -> 7;
        }).orElse(7));
        c.put("where_coordinates", f -> f.location().map(IncidentSummary.Location::name));
        c.put("adm_1", f -> f.location().flatMap(IncidentSummary.Location::admin1));
        c.put("adm_2", f -> f.location().flatMap(IncidentSummary.Location::admin2));
        c.put("latitude", f -> f.location().flatMap(IncidentSummary.Location::lat));
        c.put("longitude", f -> f.location().flatMap(IncidentSummary.Location::lon));
        c.put("country", IncidentFacts::countryName);
        c.put("date_start", f -> f.summary().start());
        c.put("date_end", f -> f.summary().end());
        c.put("date_prec", f -> f.days().map(d -> d <= 1 ? 1 : d <= 7 ? 3 : 4).orElse(5));
        c.put("best", f -> f.figure(FigureKind.KILLED).map(FigureRange::conservative).orElse(0L));
        c.put("low", f -> f.figure(FigureKind.KILLED).map(FigureRange::low).orElse(0L));
        c.put("high", f -> f.figure(FigureKind.KILLED).map(FigureRange::high).orElse(0L));
        c.put("high_open", f -> f.figure(FigureKind.KILLED).map(r -> r.openAbove() ? 1 : 0).orElse(0));
        c.put("best_sources", f -> f.figure(FigureKind.KILLED).map(FigureRange::sources).orElse(0));
        sourceColumns(c);
        return new Columns(c);
    }

    /** {@code name_min}, {@code name_max} and {@code name_sources} of a figure. */
    private static void figureColumns(Map<String, Function<IncidentFacts, Object>> c, String name, FigureKind kind) {
        c.put(name + "_min", f -> f.figure(kind).map(FigureRange::low));
        c.put(name + "_max", f -> f.figure(kind).map(r -> r.openAbove() ? r.high() + "+" : String.valueOf(r.high())));
        c.put(name + "_sources", f -> f.figure(kind).map(FigureRange::sources).orElse(0));
    }

    private static void sourceColumns(Map<String, Function<IncidentFacts, Object>> c) {
        c.put("sources", f -> f.summary().sources());
        c.put("independent_sources", f -> f.summary().independentSources());
        c.put("corroborate_id", f -> f.summary().id());
        c.put("corroborate_type", f -> f.summary().type());
    }

    /** ACLED's disorder type follows from its event type. */
    private static String disorderType(String acledEventType) {
        return switch (acledEventType) {
            case "Protests", "Riots" -> "Demonstrations";
            case "Strategic developments" -> "Strategic developments";
            default -> "Political violence";
        };
    }

    /** Who was hit: named or described victims, else physical targets. */
    private static List<String> victimSide(IncidentFacts f) {
        List<String> victims = f.parties("VICTIM");
        return victims.isEmpty() ? f.parties("TARGET") : victims;
    }

    private static Optional<String> first(List<String> names) {
        return names.stream().findFirst();
    }

    private static Optional<String> rest(List<String> names) {
        return names.size() < 2 ? Optional.empty() : Optional.of(String.join("; ", names.subList(1, names.size())));
    }

    // ---- GeoJSON and JSON Lines ---------------------------------------------------------------------------------

    private int geojson(IncidentQuery query, Writer out, IntConsumer progress) throws IOException {
        ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        int written = 0;
        for (IncidentSummary s : kb.incidents(query)) {
            Optional<IncidentSummary.Location> at = s.location()
                    .filter(l -> l.lat().isPresent() && l.lon().isPresent());
            if (at.isEmpty()) {
                continue; // a feature needs a geometry; incidents placed by name only are in the other exports
            }
            ObjectNode feature = features.addObject().put("type", "Feature").put("id", s.id());
            feature.putObject("geometry").put("type", "Point").putArray("coordinates")
                    .add(at.get().lon().get()).add(at.get().lat().get());
            ObjectNode p = feature.putObject("properties");
            p.put("id", s.id()).put("type", s.type().name())
                    .put("date_start", s.start().map(Object::toString).orElse(null))
                    .put("date_end", s.end().map(Object::toString).orElse(null))
                    .put("place", s.place().orElse(null)).put("precision", at.get().precision())
                    .put("country", at.get().country().orElse(null))
                    .put("sources", s.sources()).put("independent_sources", s.independentSources())
                    .put("title", s.title());
            for (FigureKind kind : List.of(FigureKind.KILLED, FigureKind.INJURED, FigureKind.HOSTAGES)) {
                FigureRange r = s.figures().get(kind);
                String name = kind.name().toLowerCase(java.util.Locale.ROOT);
                if (r != null) {
                    p.put(name, r.conservative()).put(name + "_min", r.low()).put(name + "_max", r.high());
                }
            }
            progress.accept(++written);
        }
        json.writerWithDefaultPrettyPrinter().writeValue(new NonClosing(out), collection);
        out.flush();
        return written;
    }

    private int jsonl(IncidentQuery query, Writer out, IntConsumer progress) throws IOException {
        int written = 0;
        for (IncidentDetail detail : details(query)) {
            out.write(json.writeValueAsString(detail));
            out.write('\n');
            progress.accept(++written);
        }
        out.flush();
        return written;
    }

    // ---- GraphML ------------------------------------------------------------------------------------------------

    private int graphml(Writer out) throws IOException {
        List<Browse.ActorSummary> actors = kb.actors(Optional.empty(), Browse.Page.all());
        List<Browse.RelationSummary> relations = kb.relations(new Browse.RelationQuery(Optional.empty(),
                Optional.empty(), Optional.empty(), Browse.Page.all()));
        Map<String, Long> idOf = new LinkedHashMap<>();
        actors.forEach(a -> idOf.put(a.name(), a.id()));
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(new NonClosing(out));
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            String[][] keys = {{"name", "node"}, {"kind", "node"}, {"country", "node"}, {"predicate", "edge"},
                    {"status", "edge"}, {"polarity", "edge"}, {"source", "edge"}, {"date", "edge"},
                    {"article", "edge"}, {"evidence", "edge"}};
            for (String[] key : keys) {
                x.writeCharacters("\n  ");
                x.writeEmptyElement("key");
                x.writeAttribute("id", key[0]);
                x.writeAttribute("for", key[1]);
                x.writeAttribute("attr.name", key[0]);
                x.writeAttribute("attr.type", "string");
            }
            x.writeCharacters("\n  ");
            x.writeStartElement("graph");
            x.writeAttribute("id", "actors");
            x.writeAttribute("edgedefault", "directed");
            for (Browse.ActorSummary a : actors) {
                x.writeCharacters("\n    ");
                x.writeStartElement("node");
                x.writeAttribute("id", "a" + a.id());
                data(x, "name", a.name());
                data(x, "kind", a.kind());
                data(x, "country", a.country().orElse(null));
                x.writeEndElement();
            }
            int written = 0;
            for (Browse.RelationSummary r : relations) {
                x.writeCharacters("\n    ");
                x.writeStartElement("edge");
                x.writeAttribute("id", "r" + r.id());
                x.writeAttribute("source", "a" + idOf.get(r.subject()));
                x.writeAttribute("target", "a" + idOf.get(r.object()));
                data(x, "predicate", r.predicate());
                data(x, "status", r.status());
                data(x, "polarity", r.polarity());
                data(x, "source", r.source().orElse(null));
                data(x, "date", r.date().orElse(null));
                data(x, "article", r.articleKey());
                data(x, "evidence", r.evidence().text());
                x.writeEndElement();
                written++;
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            return written;
        } catch (XMLStreamException e) {
            throw new IOException("writing GraphML: " + e.getMessage(), e);
        }
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    // ---- ClaimReview --------------------------------------------------------------------------------------------

    /**
     * Statements with a source other than the article itself, as schema.org ClaimReview items: the claim, who makes
     * it, where it appeared, and our evidential status as the rating's name. The status says how the article
     * presents the claim (claimed, alleged, denied, ...), not whether it is true; the rating explanation says so.
     */
    private int claimReview(Writer out) throws IOException {
        Map<Long, Browse.ArticleSummary> articles = new LinkedHashMap<>();
        kb.articles(new Browse.ArticleQuery(Optional.empty(), Browse.Page.all()))
                .forEach(a -> articles.put(a.id(), a));
        ObjectNode root = json.createObjectNode().put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        int written = 0;
        for (Browse.StatementSummary s : kb.statements(new Browse.StatementQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), Browse.Page.all()))) {
            if (s.source().isEmpty()) {
                continue; // the article's own assertions are not claims by someone else
            }
            Browse.ArticleSummary article = articles.get(s.articleId());
            ObjectNode review = graph.addObject().put("@type", "ClaimReview")
                    .put("@id", "corroborate:statement/" + s.id())
                    .put("claimReviewed", s.evidence().text().replaceAll("\\s+", " ").strip());
            review.putObject("author").put("@type", "Organization").put("name", "Corroborate (automatic)");
            ObjectNode claim = review.putObject("itemReviewed").put("@type", "Claim");
            claim.putObject("author").put("@type", s.sourceKind().map(Exporter::schemaType).orElse("Thing"))
                    .put("name", s.source().get());
            ObjectNode appearance = claim.putObject("appearance").put("@type", "NewsArticle")
                    .put("name", article.title().orElse(article.key()))
                    .put("publisher", article.source());
            article.url().ifPresent(u -> appearance.put("url", u));
            article.published().ifPresent(d -> appearance.put("datePublished", d.toString()));
            review.putObject("reviewRating").put("@type", "Rating").put("alternateName", s.status())
                    .put("ratingExplanation", "Evidential status of the statement as the article presents it ("
                            + s.status().toLowerCase(java.util.Locale.ROOT) + ", " + s.polarity().toLowerCase(
                            java.util.Locale.ROOT) + s.cue().map(c -> ", cue '" + c.text() + "'").orElse("")
                            + "); not a verdict on its truth.");
            written++;
        }
        json.writerWithDefaultPrettyPrinter().writeValue(new NonClosing(out), root);
        out.flush();
        return written;
    }

    /** The schema.org type of a statement's source kind. */
    private static String schemaType(String sourceKind) {
        return switch (sourceKind) {
            case "OUTLET", "ARMED_GROUP" -> "Organization";
            case "OFFICIAL", "WITNESS" -> "Person";
            default -> "Thing";
        };
    }

    // ---- shared -------------------------------------------------------------------------------------------------

    /** Each incident of {@code query} whole, one at a time. */
    private Iterable<IncidentDetail> details(IncidentQuery query) {
        List<Long> ids = kb.incidents(query).stream().map(IncidentSummary::id).toList();
        return () -> ids.stream().map(id -> kb.incident(id).orElseThrow()).iterator();
    }

    /** Keeps Jackson and StAX from closing the caller's writer. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
