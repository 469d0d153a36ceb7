package org.corroborate.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code corroborate eval}: the evaluation commands. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Scores extraction against evaluation data.",
        subcommands = {GoldCommand.class, Muc4Command.class, MeantimeCommand.class, PolnearCommand.class,
                MergeCommand.class})
public final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give an evaluation: gold, muc4, meantime or polnear");
    }
}
