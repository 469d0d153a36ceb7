package org.corroborate.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads tab-separated tables: blank lines and lines starting with {@code #} are skipped. */
public final class Tsv {

    /** One row: its 1-based line number in the file and its fields, padded with empty strings to the maximum. */
    public record Row(int line, List<String> fields) {

        public String get(int column) {
            return fields.get(column);
        }
    }

    private Tsv() {
    }

    /**
     * The rows of a class path resource.
     *
     * @throws IllegalStateException when the resource is missing or a row has too few or too many columns: the build
     *     ships these files, so either is a programming error
     */
    public static List<Row> resource(String path, int minColumns, int maxColumns) {
        try (InputStream in = Tsv.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " is missing from the build");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), path, minColumns,
                    maxColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * The rows read from {@code reader}.
     *
     * @param origin the file's name, for messages
     * @throws IllegalArgumentException naming the origin and line when a row has too few or too many columns
     */
    public static List<Row> read(BufferedReader reader, String origin, int minColumns, int maxColumns)
            throws IOException {
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            int columns = fields.length;
            while (columns > minColumns && fields[columns - 1].isBlank()) {
                columns--;
            }
            if (columns < minColumns || columns > maxColumns) {
                String expected = minColumns == maxColumns ? String.valueOf(minColumns)
                        : minColumns + " to " + maxColumns;
                throw new IllegalArgumentException(origin + " line " + number + ": expected " + expected
                        + " tab-separated columns, found " + columns);
            }
            String[] padded = Arrays.copyOf(fields, maxColumns);
            for (int i = 0; i < padded.length; i++) {
                padded[i] = padded[i] == null ? "" : padded[i].strip();
            }
            rows.add(new Row(number, List.of(padded)));
        }
        return rows;
    }
}
