package org.corroborate.export;

import java.util.Locale;

/** The export formats, with the media type and file extension of each. */
public enum ExportFormat {
    ACLED("text/csv", "csv", "incidents as ACLED-style CSV (one row per incident, codebook column names)"),
    GTD("text/csv", "csv", "incidents as GTD-style CSV (one row per incident, codebook column names)"),
    UCDP("text/csv", "csv", "incidents as UCDP GED-style CSV (best, low and high estimates)"),
    GEOJSON("application/geo+json", "geojson", "incidents with coordinates as a GeoJSON FeatureCollection"),
    GRAPHML("application/graphml+xml", "graphml", "the actor graph: actors and their relations with status"),
    CLAIMREVIEW("application/ld+json", "jsonld", "attributed statements as schema.org ClaimReview JSON-LD"),
    JSONL("application/x-ndjson", "jsonl", "one incident per line with every source's report (JSON Lines)");

    private final String mediaType;
    private final String extension;
    private final String description;

    ExportFormat(String mediaType, String extension, String description) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.description = description;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    /** The format named {@code name}, case ignored. */
    public static ExportFormat named(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown export format '" + name + "'; use one of "
                    + String.join(", ", names()));
        }
    }

    /** The formats' names in lower case, as the command line and the API take them. */
    public static java.util.List<String> names() {
        return java.util.Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
    }
}
