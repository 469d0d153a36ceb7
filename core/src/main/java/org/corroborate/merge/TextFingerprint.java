package org.corroborate.merge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A MinHash signature of an article's text over five-word shingles: two texts whose signatures agree on a share
 * {@code s} of their positions have a Jaccard similarity of about {@code s}. The signature is cut into bands so that
 * a store finds candidate copies by equal bands instead of comparing every pair. Syndicated wire copy carried by two
 * outlets with different headlines and credits stays well above {@link #COPY_THRESHOLD}; two outlets writing about
 * the same event in their own words stay far below it.
 *
 * @param minima one minimum per hash function
 */
public record TextFingerprint(long[] minima) {

    /** Estimated Jaccard similarity from which one text is taken as a copy of the other. */
    public static final double COPY_THRESHOLD = 0.5;
    static final int HASHES = 128;
    static final int ROWS_PER_BAND = 4;
    private static final int SHINGLE_WORDS = 5;
    private static final long[] SEEDS = seeds();

    public TextFingerprint {
        minima = minima.clone();
        if (minima.length != HASHES) {
            throw new IllegalArgumentException("a fingerprint has " + HASHES + " minima, not " + minima.length);
        }
    }

    /** The fingerprint of {@code text}, case and punctuation ignored. */
    public static TextFingerprint of(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> kept = Arrays.stream(words).filter(w -> !w.isEmpty()).toList();
        Set<Long> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE_WORDS <= Math.max(kept.size(), SHINGLE_WORDS); i++) {
            String shingle = String.join(" ", kept.subList(i, Math.min(kept.size(), i + SHINGLE_WORDS)));
            shingles.add(hash64(shingle));
        }
        long[] minima = new long[HASHES];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int h = 0; h < HASHES; h++) {
                long value = mix(shingle ^ SEEDS[h]);
                if (value < minima[h]) {
                    minima[h] = value;
                }
            }
        }
        return new TextFingerprint(minima);
    }

    /** The share of positions where both signatures agree: an estimate of the texts' Jaccard similarity. */
    public double similarity(TextFingerprint other) {
        int same = 0;
        for (int h = 0; h < HASHES; h++) {
            if (minima[h] == other.minima[h]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** Band keys ("b7:1f3a..."): two texts above the threshold share at least one with high probability. */
    public List<String> bands() {
        List<String> bands = new ArrayList<>();
        for (int b = 0; b < HASHES / ROWS_PER_BAND; b++) {
            long h = b;
            for (int r = 0; r < ROWS_PER_BAND; r++) {
                h = mix(h * 31 + minima[b * ROWS_PER_BAND + r]);
            }
            bands.add("b" + b + ":" + Long.toHexString(h));
        }
        return bands;
    }

    /** The signature as text, for storage. */
    public String encode() {
        StringBuilder out = new StringBuilder();
        for (long m : minima) {
            if (!out.isEmpty()) {
                out.append(',');
            }
            out.append(Long.toHexString(m));
        }
        return out.toString();
    }

    /** Reads what {@link #encode()} wrote. */
    public static TextFingerprint decode(String encoded) {
        return new TextFingerprint(Arrays.stream(encoded.split(",")).mapToLong(s -> Long.parseUnsignedLong(s, 16))
                .toArray());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextFingerprint other && Arrays.equals(minima, other.minima);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(minima);
    }

    @Override
    public String toString() {
        return "TextFingerprint[" + minima.length + " minima]";
    }

    private static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        SplittableRandom random = new SplittableRandom(20261125L);
        long[] seeds = new long[HASHES];
        for (int i = 0; i < HASHES; i++) {
            seeds[i] = random.nextLong();
        }
        return seeds;
    }
}
