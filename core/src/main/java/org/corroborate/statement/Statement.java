package org.corroborate.statement;

import java.util.List;
import java.util.Optional;
import org.corroborate.report.Polarity;
import org.corroborate.report.Source;
import org.corroborate.report.Span;
import org.corroborate.report.Status;

/**
 * A sentence or clause that carries a claim, with how firmly and by whom it is made.
 *
 * @param span the clause or sentence whose content carries the claim
 * @param cue the words that set the status ("Rumors suggest", "According to"); empty for plain assertions
 * @param source empty when the article itself makes the claim
 * @param actors canonical names of the actors the statement mentions
 */
public record Statement(Span span, Status status, Polarity polarity, Optional<Source> source, Optional<Span> cue,
                        List<String> actors) {

    public Statement {
        actors = List.copyOf(actors);
    }
}
