package org.corroborate.cli;

import org.corroborate.eval.RolesLearnCommand;
import org.corroborate.eval.ScopeLearnCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code corroborate learn}: regenerates the lexicons and models learned from the MUC-4 DEV answer keys. */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = "Regenerates what is learned from the MUC-4 DEV texts and answer keys and shipped with the "
                + "build: the target lexicon (targets), the incident role model (roles) and the MUC-4 scope model "
                + "(scope). Both models are trained on the output of the hand rules alone.",
        subcommands = {TargetsLearnCommand.class, RolesLearnCommand.class, ScopeLearnCommand.class})
final class LearnCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give what to learn: targets, roles or scope");
    }
}
