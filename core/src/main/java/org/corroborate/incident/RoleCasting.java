package org.corroborate.incident;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.actor.ActorKind;
import org.corroborate.actor.ActorMention;
import org.corroborate.nlp.AnalyzedText;
import org.corroborate.nlp.Sentence;
import org.corroborate.report.Party;
import org.corroborate.report.PartyKind;
import org.corroborate.report.Status;
import org.corroborate.statement.Frame;
import org.corroborate.statement.Judgement;

/**
 * Applies the role model to an article's incidents: each candidate the model casts in a role joins the incident its
 * sentence tells of, and what the rules found is dropped where the model is sure it does not play the role (its
 * probability is below the role's floor); a role that none of the article's MUC-4 incidents fills then takes the
 * article's likeliest candidate for it, if it reaches the role's fallback. Claimants, those held to account and
 * weapons the article says were used ({@link Weapon#toldUsed}) are never dropped; the model never makes the forces
 * that seize or arrest the attackers.
 */
final class RoleCasting {

    /** Verbs of security forces that respond to an incident. */
    private static final Set<String> ARREST_VERBS = Set.of("arrest", "detain", "capture", "apprehend", "round");

    private final RoleFeatures features;
    private final RoleModel model;

    RoleCasting(RoleFeatures features, RoleModel model) {
        this.features = features;
        this.model = model;
    }

    /** A candidate the model casts in a role. */
    private record Cast(RoleCandidate candidate, MentionRole role) {
    }

    /** The candidate of an article likeliest to play a role (of those whose likeliest role it is), and how likely. */
    private record Likeliest(RoleCandidate candidate, double probability) {
    }

    /**
     * What the model makes of one article: what it casts in a role, by the incident each belongs to, per role the
     * highest probability of each text (in lower case) among the candidates that may play it, and per role the
     * likeliest candidate of the article.
     */
    final class Casting {

        private final Map<IncidentDraft, List<Cast>> casts;
        private final Map<MentionRole, Map<String, Double>> likelihood;
        private final Map<MentionRole, Likeliest> likeliest;

        private Casting(Map<IncidentDraft, List<Cast>> casts, Map<MentionRole, Map<String, Double>> likelihood,
                        Map<MentionRole, Likeliest> likeliest) {
            this.casts = casts;
            this.likelihood = likelihood;
            this.likeliest = likeliest;
        }

        /**
         * Where none of the article's MUC-4 incidents ({@code muc4}, with their facts) has anyone or anything in a
         * role, casts the article's likeliest candidate for it, when likely enough ({@link RoleModel#fallback}),
         * into the incident its sentence tells of.
         */
        void fillEmptyRoles(Map<IncidentDraft, IncidentFacts> muc4, AnalyzedText text, List<List<Frame>> frames) {
            if (muc4.isEmpty()) {
                return;
            }
            List<IncidentDraft> drafts = List.copyOf(muc4.keySet());
            for (Map.Entry<MentionRole, Likeliest> e : likeliest.entrySet()) {
                MentionRole role = e.getKey();
                Likeliest best = e.getValue();
                if (best.probability() >= model.fallback(role)
                        && muc4.values().stream().noneMatch(g -> fills(role, g))) {
                    add(new Cast(best.candidate(), role), text, frames,
                            muc4.get(draftOf(best.candidate().sentence(), drafts)));
                }
            }
        }

        /**
         * Drops from incident {@code d}'s facts what the model rules out, adds what it casts there, and keeps one
         * description of its attackers.
         */
        void apply(IncidentDraft d, AnalyzedText text, List<List<Frame>> frames, IncidentFacts g) {
            dropRuledOut(g);
            for (Cast cast : casts.getOrDefault(d, List.of())) {
                add(cast, text, frames, g);
            }
            keepLikeliestDescription(g);
        }

        /**
         * An incident's attackers described in several ways ("armed men", "a group of heavily armed men", "the
         * guerrillas") are most often one group told of again: of the descriptions, the one the model finds likeliest
         * to be the attackers stays (the later on a tie). Named people, claimants and those held to account stay.
         */
        private void keepLikeliestDescription(IncidentFacts g) {
            Map<String, Double> p = likelihood.getOrDefault(MentionRole.PERPETRATOR_INDIVIDUAL, Map.of());
            String kept = null;
            double best = -1;
            for (Map.Entry<String, Party> e : g.perpetrators.entrySet()) {
                if (described(e, g)) {
                    double q = p.getOrDefault(e.getValue().text().toLowerCase(Locale.ROOT), 0.0);
                    if (q >= best) {
                        best = q;
                        kept = e.getKey();
                    }
                }
            }
            String keep = kept;
            g.perpetrators.entrySet().removeIf(e -> described(e, g) && !e.getKey().equals(keep));
        }

        private static boolean described(Map.Entry<String, Party> e, IncidentFacts g) {
            Party party = e.getValue();
            return party.kind() == PartyKind.INDIVIDUAL && party.actor().isEmpty()
                    && !g.claimedBy.containsKey(e.getKey()) && !g.heldResponsible.contains(e.getKey());
        }

        /** Whether the model is sure that what the rules found as {@code text} does not play {@code role}. */
        private boolean ruledOut(MentionRole role, String text) {
            Double p = likelihood.getOrDefault(role, Map.of()).get(text.toLowerCase(Locale.ROOT));
            return p != null && p < model.floor(role);
        }

        private void dropRuledOut(IncidentFacts g) {
            g.victims.values().removeIf(v -> v.named() && ruledOut(MentionRole.VICTIM, v.text()));
            g.perpetrators.entrySet().removeIf(e -> !g.claimedBy.containsKey(e.getKey())
                    && !g.heldResponsible.contains(e.getKey()) && ruledOut(
                    e.getValue().kind() == PartyKind.INDIVIDUAL ? MentionRole.PERPETRATOR_INDIVIDUAL
                            : MentionRole.PERPETRATOR_ORGANIZATION, e.getValue().text()));
            g.targets.values().removeIf(t -> ruledOut(MentionRole.TARGET, t.text()));
            g.weapons.values().removeIf(w -> !w.toldUsed() && ruledOut(MentionRole.WEAPON, w.text()));
        }
    }

    /**
     * What the model makes of the candidates of an article whose incidents are {@code drafts}.
     *
     * @param hits per sentence, the words that report an incident there
     */
    Casting cast(List<IncidentDraft> drafts, AnalyzedText text, List<List<ActorMention>> mentions,
                 List<List<Frame>> frames, List<List<IncidentWord>> hits, PersonNaming people) {
        Map<IncidentDraft, List<Cast>> casts = new HashMap<>();
        Map<MentionRole, Map<String, Double>> likelihood = new EnumMap<>(MentionRole.class);
        Map<MentionRole, Likeliest> likeliest = new EnumMap<>(MentionRole.class);
        if (drafts.isEmpty()) {
            return new Casting(casts, likelihood, likeliest);
        }
        for (RoleCandidate c : features.candidates(text, mentions, frames, hits, people)) {
            Map<MentionRole, Double> p = model.probabilities(c.features());
            for (MentionRole role : c.roles()) {
                likelihood.computeIfAbsent(role, k -> new HashMap<>()).merge(c.text(role).toLowerCase(Locale.ROOT),
                        p.get(role), Math::max);
            }
            MentionRole role = RoleModel.likeliest(c.roles(), p);
            Likeliest before = likeliest.get(role);
            if (before == null || p.get(role) > before.probability()) {
                likeliest.put(role, new Likeliest(c, p.get(role)));
            }
            model.cast(c, p).ifPresent(cast -> casts.computeIfAbsent(draftOf(c.sentence(), drafts),
                    k -> new ArrayList<>()).add(new Cast(c, cast)));
        }
        return new Casting(casts, likelihood, likeliest);
    }

    /** Whether an incident has someone or something in {@code role}, as MUC-4 counts it (victims by name). */
    private static boolean fills(MentionRole role, IncidentFacts g) {
        return switch (role) {
            case VICTIM -> g.victims.values().stream().anyMatch(Party::named);
            case PERPETRATOR_INDIVIDUAL -> g.perpetrators.values().stream()
                    .anyMatch(p -> p.kind() == PartyKind.INDIVIDUAL);
            case PERPETRATOR_ORGANIZATION -> g.perpetrators.values().stream()
                    .anyMatch(p -> p.kind() != PartyKind.INDIVIDUAL);
            case TARGET -> !g.targets.isEmpty();
            case WEAPON -> !g.weapons.isEmpty();
            case OTHER -> true;
        };
    }

    /** The incident a sentence tells of: the one it belongs to, else the last one begun before it, else the first. */
    private static IncidentDraft draftOf(int sentence, List<IncidentDraft> drafts) {
        IncidentDraft before = null;
        for (IncidentDraft d : drafts) {
            if (d.sentences.contains(sentence)) {
                return d;
            }
            if (d.sentences.first() <= sentence) {
                before = d;
            }
        }
        return before != null ? before : drafts.get(0);
    }

    /**
     * Adds what the model casts, unless the rules found it already: a person is not made a victim when the rules
     * have made them a perpetrator, nor people a perpetrator whom the rules describe as victims or who seize, find
     * or arrest ("soldiers seized two rifles": the forces that respond are not the attackers).
     */
    private static void add(Cast cast, AnalyzedText text, List<List<Frame>> frames, IncidentFacts g) {
        RoleCandidate c = cast.candidate();
        Sentence s = text.sentences().get(c.sentence());
        Judgement j = Judgement.of(s, frames.get(c.sentence()), c.firstToken());
        String key = c.text().toLowerCase(Locale.ROOT);
        switch (cast.role()) {
            case VICTIM -> {
                ActorMention m = c.mention().orElseThrow();
                if (!g.perpetrators.containsKey(m.actor())) {
                    g.victims.putIfAbsent(m.actor().toLowerCase(Locale.ROOT), new Party(Optional.of(m.actor()),
                            c.text(), PartyKind.INDIVIDUAL, j.status(), j.source(), m.span(), true));
                }
            }
            case PERPETRATOR_ORGANIZATION -> {
                if (c.mention().isEmpty()) {
                    // A criminal organization described, not named: "drug trafficking gangs".
                    g.perpetrators.putIfAbsent(key, new Party(Optional.empty(), c.text(), PartyKind.ORGANIZATION,
                            NounPhrases.hedged(j.status(), s, c.head()), j.source(), c.span(), false));
                    return;
                }
                ActorMention m = c.mention().get();
                boolean state = m.kind() == ActorKind.STATE || m.kind() == ActorKind.STATE_AGENCY;
                g.perpetrators.putIfAbsent(m.actor(), new Party(Optional.of(m.actor()), c.text(),
                        state ? PartyKind.STATE : PartyKind.ORGANIZATION, j.status(), j.source(), m.span(), true));
            }
            case PERPETRATOR_INDIVIDUAL -> {
                Optional<String> actor = c.mention().map(ActorMention::actor);
                boolean victim = g.victims.containsKey(actor.map(a -> a.toLowerCase(Locale.ROOT)).orElse(key));
                if (!victim && !seizes(s, c.head())) {
                    Status status = actor.isPresent() ? j.status() : NounPhrases.hedged(j.status(), s, c.head());
                    g.perpetrators.putIfAbsent(actor.orElse(key), new Party(actor, c.perpetratorText(),
                            PartyKind.INDIVIDUAL, status, j.source(), c.span(), actor.isPresent()));
                }
            }
            case TARGET -> {
                if (g.targets.values().stream().noneMatch(t -> t.text().equalsIgnoreCase(c.text()))) {
                    g.targets.putIfAbsent(key, new Target(c.text(), c.gtdType(), c.span()));
                }
            }
            case WEAPON -> {
                if (g.weapons.values().stream().noneMatch(w -> w.text().equalsIgnoreCase(c.text()))) {
                    g.weapons.putIfAbsent(key, new Weapon(c.text(), c.gtdType(), c.span(), false));
                }
            }
            case OTHER -> {
            }
        }
    }

    /** Whether token {@code i} is the subject of a verb of seizing, finding or arresting. */
    private static boolean seizes(Sentence s, int i) {
        return s.headOf(i).filter(d -> d.relation().equals("nsubj")).map(d -> s.tokens().get(d.head()).lowerLemma())
                .map(verb -> TargetReader.SEIZURE_VERBS.contains(verb) || ARREST_VERBS.contains(verb)).orElse(false);
    }
}
