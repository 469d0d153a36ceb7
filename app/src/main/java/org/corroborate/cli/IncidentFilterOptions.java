package org.corroborate.cli;

import java.time.LocalDate;
import java.util.Optional;
import org.corroborate.incident.IncidentType;
import org.corroborate.store.IncidentQuery;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Which incidents a command takes: by date, place, actor, type and number of independent sources. */
public final class IncidentFilterOptions {

    @Option(names = "--from", paramLabel = "DATE", description = "Incidents on or after DATE (yyyy-mm-dd).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Incidents on or before DATE (yyyy-mm-dd).")
    LocalDate to;

    @Option(names = "--place", paramLabel = "NAME", description = "A place, province, district or country (part of "
            + "its name, case ignored).")
    String place;

    @Option(names = "--actor", paramLabel = "NAME",
            description = "A perpetrator, claimant or victim (part of the name).")
    String actor;

    @Option(names = "--type", paramLabel = "TYPE", description = "One of: ${COMPLETION-CANDIDATES}.")
    IncidentType type;

    @Option(names = "--min-sources", paramLabel = "N", defaultValue = "0",
            description = "At least N independent sources.")
    int minSources;

    /** The query these options describe, with paging. */
    IncidentQuery query(CommandLine.Model.CommandSpec spec, int limit, int offset) {
        if (minSources < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min-sources takes 0 or more");
        }
        return new IncidentQuery(Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(place),
                Optional.ofNullable(actor), Optional.ofNullable(type), minSources, limit, offset);
    }
}
