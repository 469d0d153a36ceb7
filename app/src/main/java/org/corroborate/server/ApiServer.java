package org.corroborate.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.corroborate.cli.StoreJson;
import org.corroborate.export.ExportFormat;
import org.corroborate.export.Exporter;
import org.corroborate.store.Browse;
import org.corroborate.store.IncidentQuery;
import org.corroborate.store.KnowledgeBase;
import org.corroborate.store.StoreException;

/**
 * The HTTP server: the REST API under {@code /api} and the web UI at {@code /}. One knowledge base serves all
 * requests, one at a time (a {@link KnowledgeBase} is one connection); reads are short, and an analyst's browser
 * sends a handful at once.
 */
public final class ApiServer implements AutoCloseable {

    /** The API's routes (GET), as registered and as the OpenAPI document describes them. */
    static final List<String> ROUTES = List.of("/api/totals", "/api/articles", "/api/articles/{id}",
            "/api/incidents", "/api/incidents/{id}", "/api/statements", "/api/relations", "/api/actors",
            "/api/places", "/api/search", "/api/export/{format}", "/api/openapi.json");

    private static final String OPENAPI = "/org/corroborate/server/openapi.json";
    private static final String WEB = "/org/corroborate/web";
    /** Request attribute: an error answer is written, so the 404 page must not replace it. */
    private static final String ANSWERED = "corroborate.answered";

    private final KnowledgeBase kb;
    private final ObjectMapper json = StoreJson.mapper();
    private final Javalin app;
    private final String host;

    private ApiServer(KnowledgeBase kb, String host, int port) {
        this.kb = kb;
        this.host = host;
        this.app = Javalin.create(config -> {
            config.jetty.host = host;
            config.jetty.port = port;
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = WEB;
                files.location = Location.CLASSPATH;
            });
            Map<String, Handler> handlers = handlers();
            for (String route : ROUTES) {
                config.routes.get(route, handlers.get(route));
            }
            config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            config.routes.exception(NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
            config.routes.exception(StoreException.class, (e, ctx) -> error(ctx, 503, "the knowledge base cannot "
                    + "answer: " + e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e
                    + "; please report it with the request that caused it"));
            config.routes.error(404, "*", ctx -> {
                boolean answered = ctx.attribute(ANSWERED) != null; // e.g. an unknown id, answered by error()
                if (ctx.path().startsWith("/api") && !answered) {
                    error(ctx, 404, "no API route " + ctx.path() + "; the routes are listed at /api/openapi.json");
                }
            });
        });
    }

    /**
     * Serves {@code kb} on {@code host}:{@code port} (port 0 picks a free one).
     *
     * @throws IllegalStateException naming the address when the port is taken or the host unknown
     */
    public static ApiServer start(KnowledgeBase kb, String host, int port) {
        ApiServer server = new ApiServer(kb, host, port);
        try {
            server.app.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot serve on " + host + ":" + port + " (" + rootMessage(e)
                    + "); is another server using the port? Give another with --port", e);
        }
        return server;
    }

    /** Where the server answers, e.g. {@code http://127.0.0.1:7070/}. */
    public URI address() {
        String shown = host.equals("0.0.0.0") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + app.port() + "/");
    }

    @Override
    public void close() {
        app.stop();
    }

    private Map<String, Handler> handlers() {
        Map<String, Handler> h = new LinkedHashMap<>();
        h.put("/api/totals", ctx -> ctx.json(read(KnowledgeBase::totals)));
        h.put("/api/articles", ctx -> {
            Params p = new Params(ctx);
            Browse.ArticleQuery query = new Browse.ArticleQuery(p.text("q"), p.page());
            ctx.json(page(read(kb -> kb.countArticles(query)), query.page(), read(kb -> kb.articles(query))));
        });
        h.put("/api/articles/{id}", ctx -> {
            long id = new Params(ctx).id();
            Browse.ArticleDetail article = read(kb -> kb.article(id)).orElseThrow(() -> notFound("article", id));
            ObjectNode body = json.createObjectNode();
            body.set("article", json.valueToTree(article.summary()));
            body.set("report", json.readTree(article.reportJson()));
            body.set("incident_of_report", json.valueToTree(article.incidentOfReport()));
            ctx.json(body);
        });
        h.put("/api/incidents", ctx -> {
            IncidentQuery query = new Params(ctx).incidents(true);
            ctx.json(page(read(kb -> kb.countIncidents(query)), new Browse.Page(query.limit(), query.offset()),
                    read(kb -> kb.incidents(query))));
        });
        h.put("/api/incidents/{id}", ctx -> {
            long id = new Params(ctx).id();
            ctx.json(read(kb -> kb.incident(id)).orElseThrow(() -> notFound("incident", id)));
        });
        h.put("/api/statements", ctx -> {
            Params p = new Params(ctx);
            ctx.json(Map.of("items", read(kb -> kb.statements(new Browse.StatementQuery(p.status(), p.text("source"),
                    p.text("actor"), p.page())))));
        });
        h.put("/api/relations", ctx -> {
            Params p = new Params(ctx);
            ctx.json(Map.of("items", read(kb -> kb.relations(new Browse.RelationQuery(p.status(),
                    p.text("predicate"), p.text("actor"), p.page())))));
        });
        h.put("/api/actors", ctx -> {
            Params p = new Params(ctx);
            ctx.json(Map.of("items", read(kb -> kb.actors(p.text("name"), p.page()))));
        });
        h.put("/api/places", ctx -> ctx.json(Map.of("items", read(kb -> kb.places(new Params(ctx).page())))));
        h.put("/api/search", ctx -> {
            Params p = new Params(ctx);
            String q = p.required("q");
            int limit = p.number("limit", 20, 1000);
            ctx.json(read(kb -> kb.search(q, limit)));
        });
        h.put("/api/export/{format}", this::export);
        h.put("/api/openapi.json", ctx -> {
            try (InputStream in = ApiServer.class.getResourceAsStream(OPENAPI)) {
                ctx.contentType("application/json").result(in.readAllBytes());
            }
        });
        return h;
    }

    private void export(Context ctx) throws IOException {
        ExportFormat format;
        try {
            format = ExportFormat.named(ctx.pathParam("format"));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        IncidentQuery query = new Params(ctx).incidents(false);
        String name = "corroborate-" + format.name().toLowerCase(Locale.ROOT) + "." + format.extension();
        ctx.contentType(format.mediaType() + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        synchronized (kb) {
            Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
            new Exporter(kb).write(format, query, out, n -> { });
            out.flush();
        }
    }

    /** A list answer: the matching total, the page asked for, and its items. */
    private static Map<String, Object> page(int total, Browse.Page page, List<?> items) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", total);
        body.put("limit", page.limit());
        body.put("offset", page.offset());
        body.put("items", items);
        return body;
    }

    private <T> T read(Function<KnowledgeBase, T> query) {
        synchronized (kb) {
            return query.apply(kb);
        }
    }

    private static NotFound notFound(String what, long id) {
        return new NotFound("no " + what + " with id " + id + "; list them at /api/" + what + "s");
    }

    /** An id the knowledge base does not hold; answered with 404. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    private static void error(Context ctx, int status, String message) {
        ctx.attribute(ANSWERED, true);
        ctx.status(status).json(Map.of("error", message, "status", status));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
