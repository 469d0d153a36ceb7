package org.corroborate.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.corroborate.actor.Actor;
import org.corroborate.incident.IncidentReport;
import org.corroborate.incident.Target;
import org.corroborate.incident.Weapon;
import org.corroborate.relation.Relation;
import org.corroborate.statement.Statement;

/** Writes an {@link ArticleReport} as the JSON of the contract {@code corroborate/article-report/1}. */
public final class ReportJson {

    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectNode toJson(ArticleReport report) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", ArticleReport.SCHEMA);
        ObjectNode article = root.putObject("article");
        var a = report.article();
        article.put("id", a.id());
        article.put("title", a.title().orElse(null));
        article.put("outlet", a.outlet().orElse(null));
        article.put("author", a.author().orElse(null));
        article.put("url", a.url().orElse(null));
        article.put("published", a.published().map(Object::toString).orElse(null));
        article.put("language", a.language().orElse(null));
        article.put("text", a.text());
        article.put("content_sha256", a.contentSha256());
        ArrayNode incidents = root.putArray("incidents");
        report.incidents().forEach(i -> incidents.add(incident(i)));
        ArrayNode statements = root.putArray("statements");
        report.statements().forEach(s -> statements.add(statement(s)));
        ArrayNode relations = root.putArray("relations");
        report.relations().forEach(r -> relations.add(relation(r)));
        ArrayNode actors = root.putArray("actors");
        report.actors().forEach(x -> actors.add(actor(x)));
        ArrayNode places = root.putArray("places");
        report.places().forEach(p -> places.add(place(p)));
        ArrayNode problems = root.putArray("problems");
        for (Problem p : report.problems()) {
            ObjectNode n = problems.addObject();
            n.put("code", p.code());
            n.put("message", p.message());
            p.span().ifPresent(s -> n.set("span", span(s)));
        }
        return root;
    }

    /** One line of JSON. */
    public String toLine(ArticleReport report) {
        return toJson(report).toString();
    }

    /** Indented JSON for people. */
    public String toPrettyString(ArticleReport report) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(report));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private ObjectNode incident(IncidentReport i) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", i.id());
        n.put("type", i.type().name());
        n.put("stage", i.stage().name());
        n.put("gtd_attack_type", i.coding().gtdAttackType().orElse(null));
        n.put("acled_event_type", i.coding().acledEventType().orElse(null));
        n.put("acled_sub_event_type", i.coding().acledSubEventType().orElse(null));
        n.put("muc4_type", i.coding().muc4Type().orElse(null));
        n.set("date", date(i.date()));
        n.set("place", i.place().map(this::place).map(JsonNode.class::cast).orElse(mapper.nullNode()));
        n.set("perpetrators", parties(i.perpetrators()));
        n.set("claimed_by", parties(i.claimedBy()));
        n.set("victims", parties(i.victims()));
        ArrayNode targets = n.putArray("targets");
        for (Target t : i.targets()) {
            ObjectNode o = targets.addObject();
            o.put("text", t.text());
            o.put("gtd_target_type", t.gtdTargetType().orElse(null));
            o.set("evidence", span(t.evidence()));
        }
        ArrayNode weapons = n.putArray("weapons");
        for (Weapon w : i.weapons()) {
            ObjectNode o = weapons.addObject();
            o.put("text", w.text());
            o.put("gtd_weapon_type", w.gtdWeaponType().orElse(null));
            o.set("evidence", span(w.evidence()));
        }
        ObjectNode figures = n.putObject("figures");
        figures.set("killed", counts(i.figures().killed()));
        figures.set("injured", counts(i.figures().injured()));
        figures.set("hostages", counts(i.figures().hostages()));
        figures.set("attackers", counts(i.figures().attackers()));
        figures.set("perpetrators_killed", counts(i.figures().perpetratorsKilled()));
        if (i.suicide().isPresent()) {
            n.put("suicide", i.suicide().get());
        } else {
            n.putNull("suicide");
        }
        n.put("status", i.status().name());
        n.set("evidence", spans(i.evidence()));
        return n;
    }

    private ObjectNode statement(Statement s) {
        ObjectNode n = mapper.createObjectNode();
        n.set("span", span(s.span()));
        n.put("status", s.status().name());
        n.put("polarity", s.polarity().name());
        n.set("source", source(s.source()));
        n.set("cue", s.cue().map(this::span).map(JsonNode.class::cast).orElse(mapper.nullNode()));
        ArrayNode actors = n.putArray("actors");
        s.actors().forEach(actors::add);
        return n;
    }

    private ObjectNode relation(Relation r) {
        ObjectNode n = mapper.createObjectNode();
        n.put("subject", r.subject());
        n.put("predicate", r.predicate().name());
        n.put("object", r.object());
        n.put("status", r.status().name());
        n.put("polarity", r.polarity().name());
        n.set("source", source(r.source()));
        n.set("date", r.date().map(this::date).map(JsonNode.class::cast).orElse(mapper.nullNode()));
        n.set("evidence", spans(r.evidence()));
        return n;
    }

    private ObjectNode actor(Actor a) {
        ObjectNode n = mapper.createObjectNode();
        n.put("name", a.name());
        ArrayNode aliases = n.putArray("aliases");
        a.aliases().forEach(aliases::add);
        n.put("kind", a.kind().name());
        n.put("country", a.country().orElse(null));
        n.set("mentions", spans(a.mentions()));
        return n;
    }

    private ObjectNode place(Place p) {
        ObjectNode n = mapper.createObjectNode();
        n.put("name", p.name());
        n.put("country", p.country().orElse(null));
        n.put("admin1", p.admin1().orElse(null));
        n.put("admin2", p.admin2().orElse(null));
        if (p.lat().isPresent() && p.lon().isPresent()) {
            n.put("lat", p.lat().getAsDouble());
            n.put("lon", p.lon().getAsDouble());
        } else {
            n.putNull("lat");
            n.putNull("lon");
        }
        if (p.geonamesId().isPresent()) {
            n.put("geonames_id", p.geonamesId().getAsLong());
        } else {
            n.putNull("geonames_id");
        }
        n.put("precision", p.precision().name());
        p.span().ifPresent(s -> n.set("span", span(s)));
        return n;
    }

    private ObjectNode date(DateInterval d) {
        ObjectNode n = mapper.createObjectNode();
        n.put("start", d.start().map(Object::toString).orElse(null));
        n.put("end", d.end().map(Object::toString).orElse(null));
        n.put("precision", d.precision().name());
        n.put("text", d.text().orElse(null));
        return n;
    }

    private ArrayNode parties(List<Party> parties) {
        ArrayNode array = mapper.createArrayNode();
        for (Party p : parties) {
            ObjectNode n = array.addObject();
            n.put("actor", p.actor().orElse(null));
            n.put("text", p.text());
            n.put("kind", p.kind().name());
            n.put("status", p.status().name());
            n.set("source", source(p.source()));
            n.set("evidence", span(p.evidence()));
            n.put("named", p.named());
        }
        return array;
    }

    private ArrayNode counts(List<Count> counts) {
        ArrayNode array = mapper.createArrayNode();
        for (Count c : counts) {
            ObjectNode n = array.addObject();
            n.put("min", c.min());
            if (c.max().isPresent()) {
                n.put("max", c.max().get());
            } else {
                n.putNull("max");
            }
            n.put("text", c.text());
            n.set("source", source(c.source()));
            n.put("status", c.status().name());
            n.set("evidence", span(c.evidence()));
        }
        return array;
    }

    private JsonNode source(Optional<Source> source) {
        if (source.isEmpty()) {
            return mapper.nullNode();
        }
        Source s = source.get();
        ObjectNode n = mapper.createObjectNode();
        n.put("name", s.name());
        n.put("actor", s.actor().orElse(null));
        n.put("kind", s.kind().name());
        s.span().ifPresent(sp -> n.set("span", span(sp)));
        return n;
    }

    private ArrayNode spans(List<Span> spans) {
        ArrayNode array = mapper.createArrayNode();
        spans.forEach(s -> array.add(span(s)));
        return array;
    }

    private ObjectNode span(Span s) {
        ObjectNode n = mapper.createObjectNode();
        n.put("start", s.start());
        n.put("end", s.end());
        n.put("text", s.text());
        return n;
    }
}
