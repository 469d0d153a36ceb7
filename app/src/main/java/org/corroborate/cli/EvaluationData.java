package org.corroborate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Checks for the evaluation data that evaluation commands read from {@code ../shared}, with one clear message. */
public final class EvaluationData {

    private EvaluationData() {
    }

    /**
     * Returns {@code path} when it exists.
     *
     * @param what what the path should hold, for the message ("MUC-4 data", "gold folder")
     * @param fix what the user can pass instead ("pass --data DIR")
     * @throws CommandLine.ParameterException naming the path and where the evaluation data lives
     */
    public static Path require(CommandLine cli, Path path, String what, String fix) {
        if (!Files.exists(path)) {
            throw new CommandLine.ParameterException(cli, what + " not found at '" + path + "'; the evaluation "
                    + "data lives in ../shared next to the checkout, which is absent or elsewhere on this machine; "
                    + fix);
        }
        return path;
    }
}
