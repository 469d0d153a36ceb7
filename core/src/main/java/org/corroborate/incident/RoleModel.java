package org.corroborate.incident;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.lexicon.LinearModel;

/**
 * The linear model over {@link RoleFeatures} that tells the role of a person or organization mention: one weight
 * vector per {@link MentionRole} against the rest, trained on the MUC-4 DEV answer keys by
 * {@code corroborate learn roles} and shipped as {@code role-model.tsv}.
 */
public final class RoleModel {

    /** Where the bundled model is, on the class path. */
    public static final String RESOURCE = "/org/corroborate/incident/role-model.tsv";

    private static final MentionRole[] ROLES = MentionRole.values();

    private final LinearModel model;

    private RoleModel(LinearModel model) {
        this.model = model;
    }

    /** The model shipped with the build. */
    public static RoleModel bundled() {
        return new RoleModel(LinearModel.resource(RESOURCE, ROLES.length));
    }

    /** The model in this table (one column per {@link MentionRole}, in order). */
    static RoleModel of(LinearModel model) {
        return new RoleModel(model);
    }

    /** A model that casts no mention in any role. */
    public static RoleModel none() {
        return new RoleModel(LinearModel.rejectingAll(ROLES.length));
    }

    /** The probability from which a mention is taken to play {@code role}: the best cross-validated on DEV. */
    public double threshold(MentionRole role) {
        return model.threshold(role.ordinal());
    }

    /**
     * The probability of {@code role} below which a victim, perpetrator or target the rules found is dropped: the
     * model is sure enough that it does not play the role. 0 (nothing dropped) unless cross-validation on DEV found a
     * floor that helps.
     */
    public double floor(MentionRole role) {
        return model.floor(role.ordinal());
    }

    /**
     * The probability from which an article's likeliest candidate for {@code role} is cast in it when nothing else
     * fills the role in any of the article's MUC-4 incidents (most MUC-4 incidents have their attacker, victim or
     * target told of somewhere): the best cross-validated on DEV; above any probability where that did not help.
     */
    public double fallback(MentionRole role) {
        return model.fallback(role.ordinal());
    }

    /**
     * The role the model casts a candidate in, given its probabilities {@code p} (from {@link #probabilities}): of
     * the roles it may play, the likeliest, when its probability reaches the role's threshold.
     */
    public Optional<MentionRole> cast(RoleCandidate candidate, Map<MentionRole, Double> p) {
        MentionRole role = likeliest(candidate.roles(), p);
        return p.get(role) >= threshold(role) ? Optional.of(role) : Optional.empty();
    }

    /** Of {@code roles}, the one with the highest probability in {@code p}. */
    public static MentionRole likeliest(List<MentionRole> roles, Map<MentionRole, Double> p) {
        MentionRole best = roles.get(0);
        for (MentionRole role : roles) {
            if (p.get(role) > p.get(best)) {
                best = role;
            }
        }
        return best;
    }

    /** How likely each role is for a mention with these features; the probabilities sum to one. */
    public Map<MentionRole, Double> probabilities(List<String> features) {
        double[] p = model.probabilities(features);
        Map<MentionRole, Double> byRole = new EnumMap<>(MentionRole.class);
        for (MentionRole role : ROLES) {
            byRole.put(role, p[role.ordinal()]);
        }
        return byRole;
    }
}
