package org.corroborate.relation;

import java.util.List;
import java.util.Optional;
import org.corroborate.report.DateInterval;
import org.corroborate.report.Polarity;
import org.corroborate.report.Source;
import org.corroborate.report.Span;
import org.corroborate.report.Status;

/**
 * A relation between two actors as one article presents it: "India SUPPORTED Baloch Liberation Army, ALLEGED by
 * Pakistan".
 *
 * @param subject canonical actor name, or the words of the article when the actor is not known
 * @param object canonical actor name, or the words of the article when the actor is not known
 * @param evidence the words the relation was read from; never empty
 */
public record Relation(String subject, Predicate predicate, String object, Status status, Polarity polarity,
                       Optional<Source> source, Optional<DateInterval> date, List<Span> evidence) {

    public Relation {
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("relation " + subject + " " + predicate + " " + object
                    + " needs evidence");
        }
    }
}
