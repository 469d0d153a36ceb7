package org.corroborate.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.lexicon.Tsv;

/**
 * Finds the news agency an article credits: in a dateline or credit in parentheses ("SAN SALVADOR, 3 JAN 90
 * (ACAN-EFE) --", "(PTI inputs)", "(With inputs from Reuters)") or in a closing credit line ("-- AFP"). An agency
 * only cited in the text ("AFP reported that...") is a source of a statement, not the article's origin, and is not
 * found. The agencies are {@code agencies.tsv}.
 */
public final class CreditedAgencies {

    /** Credits are looked for this far from the start and the end of the text. */
    private static final int EDGE = 600;
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]{1,60})\\)");
    private static final Pattern CLOSING = Pattern.compile("(?:--|—|–)\\s*([\\p{L} .-]{2,40})\\s*$");

    private final List<Agency> agencies;

    private record Agency(String name, Pattern alias) {
    }

    private CreditedAgencies(List<Agency> agencies) {
        this.agencies = List.copyOf(agencies);
    }

    /** The agencies of the bundled table. */
    public static CreditedAgencies bundled() {
        List<Agency> agencies = new ArrayList<>();
        for (Tsv.Row row : Tsv.resource("/org/corroborate/merge/agencies.tsv", 2, 2)) {
            List<String> aliases = new ArrayList<>(List.of(row.get(1).split("\\|")));
            aliases.sort(Comparator.comparingInt(String::length).reversed());
            String alternatives = String.join("|", aliases.stream().map(Pattern::quote).toList());
            agencies.add(new Agency(row.get(0), Pattern.compile("(?<![\\p{L}-])(?:" + alternatives + ")(?![\\p{L}-])",
                    Pattern.CASE_INSENSITIVE)));
        }
        return new CreditedAgencies(agencies);
    }

    /** The agency {@code text} credits, the first credit found from the start. */
    public Optional<String> credited(String text) {
        String head = text.substring(0, Math.min(text.length(), EDGE));
        String tail = text.length() > EDGE ? text.substring(text.length() - EDGE) : "";
        for (String edge : List.of(head, tail)) {
            Matcher parentheses = PARENTHESES.matcher(edge);
            while (parentheses.find()) {
                Optional<String> agency = agencyIn(parentheses.group(1));
                if (agency.isPresent()) {
                    return agency;
                }
            }
        }
        Matcher closing = CLOSING.matcher(text.strip());
        return closing.find() ? agencyIn(closing.group(1)) : Optional.empty();
    }

    /** The agency an outlet's name is ("AFP", "Agence France-Presse"), for outlets that are themselves agencies. */
    public Optional<String> agencyNamed(String outlet) {
        return agencyIn(outlet);
    }

    /** The longest-named agency whose alias appears in {@code credit}; acronyms must be written in capitals. */
    private Optional<String> agencyIn(String credit) {
        String joined = credit.replaceAll("\\s*-\\s*", "-");
        for (Agency agency : agencies) {
            Matcher m = agency.alias().matcher(joined);
            while (m.find()) {
                String found = m.group();
                boolean acronym = found.length() <= 4;
                if (!acronym || found.equals(found.toUpperCase(java.util.Locale.ROOT))) {
                    return Optional.of(agency.name());
                }
            }
        }
        return Optional.empty();
    }
}
