package org.corroborate.incident;

/**
 * The models learned from the MUC-4 DEV texts and keys that incident extraction uses beside its rules: the role
 * model adds victims and perpetrator organizations, the scope model takes incidents out of MUC-4's scope.
 * {@link #rulesOnly()} runs the rules alone, which is what the {@code learn} commands train the models against.
 */
public record LearnedModels(RoleModel roles, Muc4Relevance scope) {

    /** The models shipped with the build. */
    public static LearnedModels bundled() {
        return new LearnedModels(RoleModel.bundled(), Muc4Relevance.bundled());
    }

    /** No learned model: the rules alone. */
    public static LearnedModels rulesOnly() {
        return new LearnedModels(RoleModel.none(), Muc4Relevance.rulesOnly());
    }
}
