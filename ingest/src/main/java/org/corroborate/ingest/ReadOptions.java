package org.corroborate.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How to read inputs.
 *
 * @param encoding the character encoding of text files (JSON Lines are always UTF-8)
 * @param published a publication date for articles that do not carry their own
 * @param outlet an outlet for articles that do not name their own
 */
public record ReadOptions(Charset encoding, Optional<LocalDate> published, Optional<String> outlet) {

    public static ReadOptions defaults() {
        return new ReadOptions(StandardCharsets.UTF_8, Optional.empty(), Optional.empty());
    }
}
