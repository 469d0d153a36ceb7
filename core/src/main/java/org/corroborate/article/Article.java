package org.corroborate.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One article: its text and what is known about it.
 *
 * @param id stable id: the caller's id, else derived from the file name, else from the content hash
 * @param published the publication date, when known
 * @param origin where it was read from ("sample.txt", "feed.jsonl:12"), for messages
 */
public record Article(String id, String text, Optional<String> title, Optional<String> outlet,
                      Optional<String> author, Optional<String> url, Optional<LocalDate> published,
                      Optional<String> language, String origin) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank (from " + origin + ")");
        }
    }

    /** An article with only an id and text. */
    public static Article of(String id, String text) {
        return new Article(id, text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), id);
    }

    /** Hex SHA-256 of the UTF-8 text: the identity of the content, whatever its metadata. */
    public String contentSha256() {
        return sha256(text);
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, text, title, outlet, author, url, Optional.of(date), language, origin);
    }

    /** Hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
