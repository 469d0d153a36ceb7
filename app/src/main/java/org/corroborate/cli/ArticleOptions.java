package org.corroborate.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.corroborate.actor.ActorRegistry;
import org.corroborate.ingest.ReadOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How articles are read and which actors they are resolved against: the options of analyze and ingest. */
public final class ArticleOptions {

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (yyyy-mm-dd) for articles that carry none; relative dates resolve "
                    + "against it.")
    LocalDate published;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet for articles that name none.")
    String outlet;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "Encoding of text files (JSON Lines are always UTF-8; HTML declares its own). "
                    + "Default: ${DEFAULT-VALUE}.")
    Charset encoding;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "An actor registry (tab-separated) that extends the bundled one.")
    Path actors;

    ReadOptions readOptions() {
        return new ReadOptions(encoding, Optional.ofNullable(published), Optional.ofNullable(outlet));
    }

    ActorRegistry registry(CommandLine cli) {
        return Engines.registry(Optional.ofNullable(actors), cli);
    }
}
