package org.corroborate.eval;

import picocli.CommandLine.Option;

/** How the {@code learn} commands split the DEV documents into cross-validation folds. Used as a picocli mixin. */
final class FoldOptions {

    @Option(names = "--folds", paramLabel = "SPLIT", defaultValue = "interleaved",
            description = "How the DEV documents go into the " + LinearTrainer.FOLDS + " cross-validation folds: "
                    + "${COMPLETION-CANDIDATES}. interleaved puts document d in fold d mod "
                    + LinearTrainer.FOLDS + "; contiguous cuts the documents, in order, into " + LinearTrainer.FOLDS
                    + " runs, so that neighbouring messages, which often report the same events, share a fold; "
                    + "shuffled deals them out in a seeded random order (see --fold-seed). The figures of one split "
                    + "move by about a point with changes that mean nothing: try a change on a few splits to see "
                    + "whether its gain holds. The written model's thresholds are chosen on the split given. "
                    + "Default: ${DEFAULT-VALUE}.")
    FoldSplit.Kind kind;

    @Option(names = "--fold-seed", paramLabel = "N",
            description = "The seed of a shuffled split; giving it alone implies --folds shuffled. Default: 1.")
    Long seed;

    /** The split these options ask for. */
    FoldSplit split() {
        if (seed != null) {
            return new FoldSplit(FoldSplit.Kind.shuffled, seed);
        }
        return new FoldSplit(kind, 1);
    }

    /** The options to give again to regenerate the same model, each with a leading space, or nothing. */
    String regenerate() {
        FoldSplit split = split();
        return switch (split.kind()) {
            case interleaved -> "";
            case contiguous -> " --folds contiguous";
            case shuffled -> " --fold-seed " + split.seed();
        };
    }
}
