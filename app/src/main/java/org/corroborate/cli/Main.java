package org.corroborate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.corroborate.bench.BenchCommand;
import org.corroborate.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code corroborate} command. */
@Command(name = "corroborate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns news reports about armed conflict into a sourced knowledge base: incidents, "
                + "statements with their evidential status, and relations between actors.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, IncidentsCommand.class, IncidentCommand.class,
                ExportCommand.class, ServeCommand.class, DemoCommand.class,
                EvalCommand.class, BenchCommand.class, NlpCommand.class, LearnCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:some input failed or a threshold was missed", "2:usage error"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with the CoreNLP engine. */
    public static CommandLine commandLine() {
        return commandLine(Engines::coreNlp);
    }

    /** The command line with commands that build their NLP engine with {@code engines}. */
    public static CommandLine commandLine(EngineFactory engines) {
        CommandLine cli = new CommandLine(new Main(), new CommandFactory(engines));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("corroborate: " + e.getMessage());
            if (Boolean.getBoolean("corroborate.debug")) {
                e.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a command: demo, analyze, ingest, "
                + "incidents, incident, export, serve, eval, bench or nlp (corroborate --help lists them)");
    }

    /** Gives commands that need an NLP engine the factory that builds it. */
    private record CommandFactory(EngineFactory engines) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                var constructor = type.getDeclaredConstructor(EngineFactory.class);
                constructor.setAccessible(true);
                return constructor.newInstance(engines);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }

    /** Reads the version the build wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/corroborate-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"corroborate " + p.getProperty("version", "unknown"),
                    "Java " + System.getProperty("java.version") + ", Stanford CoreNLP 4.5.10"};
        }
    }
}
