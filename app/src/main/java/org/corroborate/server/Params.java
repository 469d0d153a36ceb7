package org.corroborate.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.corroborate.incident.IncidentType;
import org.corroborate.store.Browse;
import org.corroborate.store.IncidentQuery;

/** Reads query and path parameters, with a {@link BadRequest} naming the parameter when one is malformed. */
final class Params {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;

    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    String required(String name) {
        return text(name).orElseThrow(() -> new BadRequest("parameter '" + name + "' is required"));
    }

    Optional<LocalDate> date(String name) {
        return text(name).map(value -> {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new BadRequest("parameter '" + name + "' must be a date written yyyy-mm-dd, not '" + value + "'");
            }
        });
    }

    int number(String name, int fallback, int max) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.get());
            if (n < 0 || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest("parameter '" + name + "' must be a whole number from 0 to " + max + ", not '"
                    + value.get() + "'");
        }
    }

    /** The numeric id in the path parameter {@code id}. */
    long id() {
        String value = ctx.pathParam("id");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadRequest("'" + value + "' is not an id; ids are whole numbers, as listed by the API");
        }
    }

    Optional<IncidentType> type() {
        return text("type").map(value -> {
            try {
                return IncidentType.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequest("parameter 'type' must be one of " + Arrays.toString(IncidentType.values())
                        + ", not '" + value + "'");
            }
        });
    }

    /** A status filter, checked against the eight statuses. */
    Optional<String> status() {
        return text("status").map(value -> {
            String upper = value.toUpperCase(Locale.ROOT);
            if (Arrays.stream(org.corroborate.report.Status.values()).noneMatch(s -> s.name().equals(upper))) {
                throw new BadRequest("parameter 'status' must be one of "
                        + Arrays.toString(org.corroborate.report.Status.values()) + ", not '" + value + "'");
            }
            return upper;
        });
    }

    Browse.Page page() {
        return new Browse.Page(number("limit", DEFAULT_LIMIT, MAX_LIMIT), number("offset", 0, Integer.MAX_VALUE));
    }

    /** The incident filters: from, to, place, actor, type, min_sources; with paging when {@code paged}. */
    IncidentQuery incidents(boolean paged) {
        Browse.Page page = paged ? page() : Browse.Page.all();
        return new IncidentQuery(date("from"), date("to"), text("place"), text("actor"), type(),
                number("min_sources", 0, MAX_LIMIT), page.limit(), page.offset());
    }
}
