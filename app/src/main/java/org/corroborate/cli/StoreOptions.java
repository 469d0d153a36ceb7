package org.corroborate.cli;

import org.corroborate.store.KnowledgeBase;
import picocli.CommandLine.Option;

/** Which knowledge base a command works on: the {@code --db} option. */
public final class StoreOptions {

    @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = KnowledgeBase.DEFAULT_LOCATION,
            description = "The knowledge base: a SQLite file, or postgresql://user:password@host:5432/name. "
                    + "Default: ${DEFAULT-VALUE} in the working directory.")
    String db;

    /** Opens (creating or migrating) the knowledge base. */
    KnowledgeBase open() {
        return KnowledgeBase.open(db);
    }
}
