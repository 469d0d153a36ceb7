package org.corroborate.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.corroborate.server.ApiServer;
import org.corroborate.store.KnowledgeBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corroborate serve}: the REST API and the web UI over a knowledge base. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the knowledge base: the web UI at / and the REST API under /api (described at "
                + "/api/openapi.json). Runs until interrupted (Ctrl-C).",
                "Binds to 127.0.0.1 unless --host says otherwise: the API has no authentication."},
        footer = {"", "Examples:", "  corroborate serve --db corroborate.db --port 7070",
                "  curl 'http://127.0.0.1:7070/api/incidents?min_sources=2&limit=10'"})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    StoreOptions store;

    @CommandLine.Mixin
    ServerOptions server;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        try (KnowledgeBase kb = store.open()) {
            KnowledgeBase.Totals totals = kb.totals();
            serveUntilInterrupted(kb, server, spec, totals.articles() + " articles, " + totals.incidents()
                    + " incidents");
        }
        return 0;
    }

    /** Starts the server on {@code kb}, prints its address, and waits until the process is stopped. */
    static void serveUntilInterrupted(KnowledgeBase kb, ServerOptions options, CommandLine.Model.CommandSpec spec,
                                      String contents) throws InterruptedException {
        ApiServer server = ApiServer.start(kb, options.host, options.port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        var out = spec.commandLine().getOut();
        out.println("Serving " + kb.location() + " (" + contents + ") at " + server.address());
        out.println("API: " + server.address() + "api/openapi.json   Stop with Ctrl-C.");
        out.flush();
        stopped.await();
    }

    /** Where to listen. */
    static final class ServerOptions {
        @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
                description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only).")
        String host;

        @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
                description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
        int port;
    }
}
