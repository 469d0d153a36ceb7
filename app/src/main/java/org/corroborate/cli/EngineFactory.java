package org.corroborate.cli;

import java.io.PrintWriter;
import org.corroborate.nlp.NlpEngine;

/** Builds the NLP engine a command needs, once, when the command runs; tests give a canned engine instead. */
@FunctionalInterface
public interface EngineFactory {

    /** @param err where to tell the user about slow loading */
    NlpEngine create(PrintWriter err);
}
