package org.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corroborate.actor.ActorRegistry;
import org.corroborate.actor.RegistryEntry;

/**
 * Compares one report (contract JSON) with one gold file, by the matching rules of the gold README: incidents by
 * compatible type and date, then their fields; relations by predicate, actors (canonical name, alias or acronym) and
 * status; statements by an overlapping span with the gold status (recall only); cited outlets never as relation
 * parties.
 */
final class GoldEvaluator {

    /** Types the gold accepts in place of its own. */
    private static final Map<String, Set<String>> COMPATIBLE = Map.of(
            "HIJACKING", Set.of("HIJACKING", "KIDNAPPING", "HOSTAGE_BARRICADE"),
            "ARMED_ASSAULT", Set.of("ARMED_ASSAULT", "ARMED_CLASH"),
            "SECURITY_OPERATION", Set.of("SECURITY_OPERATION", "ARMED_CLASH"));

    private final ActorRegistry registry;

    GoldEvaluator(ActorRegistry registry) {
        this.registry = registry;
    }

    GoldScore score(JsonNode gold, JsonNode report) {
        GoldScore score = new GoldScore();
        incidents(gold.path("incidents"), report.path("incidents"), score);
        relations(gold.path("relations"), report.path("relations"), score);
        statements(gold.path("statements"), report.path("statements"), score);
        mustNot(gold, report, score);
        return score;
    }

    private void incidents(JsonNode gold, JsonNode predicted, GoldScore score) {
        score.goldIncidents = gold.size();
        score.predictedIncidents = predicted.size();
        Set<Integer> used = new HashSet<>();
        for (JsonNode g : gold) {
            int best = -1;
            int bestFit = -1;
            for (int i = 0; i < predicted.size(); i++) {
                JsonNode p = predicted.get(i);
                if (used.contains(i) || !typeMatches(g, p) || !dateMatches(g, p)) {
                    continue;
                }
                int fit = text(p.path("place").path("admin1")).equalsIgnoreCase(text(g.path("admin1"))) ? 1 : 0;
                if (fit > bestFit) {
                    best = i;
                    bestFit = fit;
                }
            }
            String id = text(g.path("id"));
            if (best < 0) {
                score.mismatches.add("incident missed: " + id + " (" + text(g.path("type")) + ", "
                        + text(g.path("date").path("start")) + ")");
                continue;
            }
            used.add(best);
            score.matchedIncidents++;
            fields(g, predicted.get(best), id, score);
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used.contains(i)) {
                JsonNode p = predicted.get(i);
                score.mismatches.add("incident extra: " + text(p.path("id")) + " " + text(p.path("type")) + " "
                        + text(p.path("date").path("start")) + " \"" + shorten(text(p.path("evidence").path(0)
                        .path("text"))) + "\"");
            }
        }
    }

    private void fields(JsonNode g, JsonNode p, String id, GoldScore score) {
        for (String field : List.of("country", "admin1")) {
            if (g.path(field).isTextual()) {
                String predictedPlace = text(p.path("place").path(field));
                check(score, id, field, text(g.path(field)), predictedPlace,
                        text(g.path(field)).equalsIgnoreCase(predictedPlace));
            }
        }
        for (JsonNode perp : g.path("perpetrators")) {
            boolean found = false;
            for (String list : List.of("perpetrators", "claimed_by")) {
                for (JsonNode party : p.path(list)) {
                    String name = party.path("actor").isTextual() ? party.path("actor").asText()
                            : text(party.path("text"));
                    found |= sameActor(perp.asText(), name);
                }
            }
            check(score, id, "perpetrator", perp.asText(), found ? perp.asText() : "(not found)", found);
        }
        for (String figure : List.of("killed", "injured", "hostages")) {
            JsonNode gf = g.path(figure);
            if (!gf.isObject()) {
                continue;
            }
            long min = gf.path("min").asLong();
            List<Long> mins = new ArrayList<>();
            p.path("figures").path(figure).forEach(c -> mins.add(c.path("min").asLong()));
            check(score, id, figure + ".min", String.valueOf(min), mins.toString(), mins.contains(min));
        }
        boolean goldClaimed = "CLAIMED".equals(text(g.path("status")));
        boolean predictedClaimed = "CLAIMED".equals(text(p.path("status")));
        check(score, id, "status", text(g.path("status")), text(p.path("status")), goldClaimed == predictedClaimed);
    }

    private static void check(GoldScore score, String id, String field, String gold, String predicted,
                              boolean right) {
        score.incidentFields++;
        if (right) {
            score.incidentFieldsRight++;
        } else {
            score.mismatches.add("incident " + id + " " + field + ": gold " + gold + ", predicted " + predicted);
        }
    }

    private boolean typeMatches(JsonNode g, JsonNode p) {
        String goldType = text(g.path("type"));
        return COMPATIBLE.getOrDefault(goldType, Set.of(goldType)).contains(text(p.path("type")));
    }

    private static boolean dateMatches(JsonNode g, JsonNode p) {
        JsonNode start = g.path("date").path("start");
        return !start.isTextual() || start.asText().equals(text(p.path("date").path("start")));
    }

    private void relations(JsonNode gold, JsonNode predicted, GoldScore score) {
        score.goldRelations = gold.size();
        score.predictedRelations = predicted.size();
        Set<Integer> used = new HashSet<>();
        for (JsonNode g : gold) {
            int found = -1;
            String nearMiss = null;
            for (int i = 0; i < predicted.size(); i++) {
                JsonNode p = predicted.get(i);
                if (used.contains(i) || !text(g.path("predicate")).equals(text(p.path("predicate")))
                        || !sameActor(text(g.path("subject")), text(p.path("subject")))
                        || !sameActor(text(g.path("object")), text(p.path("object")))) {
                    continue;
                }
                if (text(g.path("status")).equals(text(p.path("status")))) {
                    found = i;
                    break;
                }
                nearMiss = text(p.path("status"));
            }
            if (found >= 0) {
                used.add(found);
                score.matchedRelations++;
            } else {
                score.mismatches.add("relation missed: " + relation(g) + (nearMiss == null ? ""
                        : " (found with status " + nearMiss + ")"));
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used.contains(i)) {
                score.mismatches.add("relation extra: " + relation(predicted.get(i)));
            }
        }
    }

    private void statements(JsonNode gold, JsonNode predicted, GoldScore score) {
        score.goldStatements = gold.size();
        for (JsonNode g : gold) {
            JsonNode evidence = g.path("evidence").path(0);
            int start = evidence.path("start").asInt();
            int end = evidence.path("end").asInt();
            String status = text(g.path("status"));
            boolean found = false;
            Set<String> seen = new HashSet<>();
            for (JsonNode p : predicted) {
                int ps = p.path("span").path("start").asInt();
                int pe = p.path("span").path("end").asInt();
                if (ps < end && start < pe) {
                    seen.add(text(p.path("status")));
                    found |= status.equals(text(p.path("status")));
                }
            }
            if (found) {
                score.matchedStatements++;
            } else {
                score.mismatches.add("statement missed: " + status + " \"" + shorten(text(evidence.path("text")))
                        + "\" (predicted " + (seen.isEmpty() ? "nothing" : String.join(", ", seen)) + ")");
            }
        }
    }

    /** Cited outlets as relation parties are checked; the other must-nots are printed for review. */
    private void mustNot(JsonNode gold, JsonNode report, GoldScore score) {
        List<String> outlets = new ArrayList<>();
        gold.path("sources").forEach(s -> outlets.add(text(s.path("name"))));
        for (JsonNode r : report.path("relations")) {
            for (String outlet : outlets) {
                if (sameActor(outlet, text(r.path("subject"))) || sameActor(outlet, text(r.path("object")))) {
                    score.mustNotViolations++;
                    score.mismatches.add("must not: outlet '" + outlet + "' is a party to " + relation(r));
                }
            }
        }
        gold.path("must_not").forEach(m -> score.reviewByHand.add(text(m.path("what"))));
    }

    /** Whether two names denote the same actor: equal after folding, or the same registry entry. */
    boolean sameActor(String a, String b) {
        if (fold(a).equals(fold(b))) {
            return true;
        }
        String ca = registry.lookup(a, false).map(RegistryEntry::name).orElse(a);
        String cb = registry.lookup(b, false).map(RegistryEntry::name).orElse(b);
        return fold(ca).equals(fold(cb));
    }

    private static String relation(JsonNode r) {
        String source = r.path("source").isObject() ? " by " + text(r.path("source").path("name")) : "";
        return text(r.path("subject")) + " " + text(r.path("predicate")) + " " + text(r.path("object")) + " ["
                + text(r.path("status")) + source + "]";
    }

    private static String fold(String s) {
        String f = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ").strip();
        return f.startsWith("the ") ? f.substring(4) : f;
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? "" : node.asText();
    }

    private static String shorten(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= 70 ? flat : flat.substring(0, 67) + "...";
    }
}
