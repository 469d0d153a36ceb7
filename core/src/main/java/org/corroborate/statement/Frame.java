package org.corroborate.statement;

import java.util.Optional;
import org.corroborate.report.Source;
import org.corroborate.report.Span;
import org.corroborate.report.Status;

/**
 * An evidential frame in one sentence: a cue ("Rumors suggest", "according to", "is accused of") that gives the
 * tokens in its scope a status, and the source it attributes them to.
 *
 * @param cueFirst first token of the cue
 * @param cueLast last token of the cue
 * @param scopeFirst first token the frame covers
 * @param scopeLast last token the frame covers (inclusive)
 * @param attributing whether the frame names who says it (speech, accusation, "according to"), as opposed to a
 *     hedge of the writer (modal, adverb, rumour, condition)
 */
public record Frame(int sentence, Status status, Optional<Source> source, Span cue, int cueFirst, int cueLast,
                    int scopeFirst, int scopeLast, boolean attributing) {

    public boolean covers(int token) {
        return scopeFirst <= token && token <= scopeLast;
    }

    /** Whether this frame's scope strictly contains the other's cue: this one is outer. */
    public boolean encloses(Frame other) {
        return covers(other.cueFirst) && covers(other.cueLast) && this != other;
    }
}
