package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.corroborate.actor.ActorRegistry;
import org.corroborate.nlp.NlpEngine;
import org.corroborate.nlp.corenlp.CoreNlpEngine;
import org.corroborate.nlp.corenlp.CoreNlpSettings;
import org.corroborate.pipeline.Analyzer;
import org.corroborate.place.Gazetteer;
import picocli.CommandLine;

/** Builds the expensive objects once per command, telling the user what takes time. */
final class Engines {

    private Engines() {
    }

    /** The CoreNLP engine with Corroborate's settings; the default {@link EngineFactory}. */
    static NlpEngine coreNlp(PrintWriter err) {
        err.println("Loading CoreNLP models (takes 10-30 s) ...");
        err.flush();
        long start = System.nanoTime();
        NlpEngine engine = new CoreNlpEngine(CoreNlpSettings.defaults());
        err.printf("Models loaded in %.1f s.%n", (System.nanoTime() - start) / 1e9);
        err.flush();
        return engine;
    }

    /** The actor registry: the bundled one, extended by {@code actors} when given. */
    static ActorRegistry registry(Optional<Path> actors, CommandLine cli) {
        if (actors.isEmpty()) {
            return ActorRegistry.bundled();
        }
        Path file = actors.get();
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(cli, "--actors '" + file + "' is not a file; give a "
                    + "tab-separated actor registry (see the README, 'Actor registry')");
        }
        try {
            return ActorRegistry.bundledWith(file);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(cli, "--actors '" + file + "' cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, "--actors: " + e.getMessage());
        }
    }

    static Analyzer analyzer(NlpEngine engine, ActorRegistry registry) {
        return new Analyzer(engine, registry, Gazetteer.bundled());
    }
}
