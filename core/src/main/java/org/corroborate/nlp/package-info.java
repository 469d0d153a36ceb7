/**
 * The NLP layer as the rest of Corroborate sees it: {@link org.corroborate.nlp.NlpEngine} turns text into an
 * immutable {@link org.corroborate.nlp.AnalyzedText} of sentences, tokens, entities, times, quantities and
 * dependencies. Offsets are UTF-16 indices into the text that was annotated. Trap: token indices in
 * dependencies are sentence-relative (0-based), not document-relative.
 */
package org.corroborate.nlp;
