package org.corroborate.eval;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How the {@code learn} commands split the DEV documents into cross-validation folds. Used as a picocli mixin. */
final class FoldOptions {

    @Option(names = "--folds", paramLabel = "SPLIT",
            description = "How the DEV documents go into the " + LinearTrainer.FOLDS + " cross-validation folds: "
                    + "${COMPLETION-CANDIDATES}. interleaved puts document d in fold d mod "
                    + LinearTrainer.FOLDS + "; contiguous cuts the documents, in order, into " + LinearTrainer.FOLDS
                    + " runs, so that neighbouring messages, which often report the same events, share a fold; "
                    + "shuffled deals them out in a seeded random order (see --fold-seed). The figures of one split "
                    + "move by about a point with changes that mean nothing: try a change on a few splits to see "
                    + "whether its gain holds. The figures printed are those of the split given. "
                    + "Default: interleaved, or shuffled with --fold-seed.")
    FoldSplit.Kind kind;

    @Option(names = "--fold-seed", paramLabel = "N",
            description = "The seed of a shuffled split; giving it alone implies --folds shuffled. Default: 1.")
    Long seed;

    /**
     * The split these options ask for; a seed with another split than shuffled is refused. Called before the long
     * analysis of DEV, so that a mistake stops the command at once.
     */
    FoldSplit split(CommandLine cli) {
        if (seed == null) {
            return new FoldSplit(kind == null ? FoldSplit.Kind.interleaved : kind, 1);
        }
        if (kind != null && kind != FoldSplit.Kind.shuffled) {
            throw new CommandLine.ParameterException(cli, "--fold-seed " + seed + " seeds a shuffled split, not "
                    + "--folds " + kind + "; leave out one of the two");
        }
        return new FoldSplit(FoldSplit.Kind.shuffled, seed);
    }
}
