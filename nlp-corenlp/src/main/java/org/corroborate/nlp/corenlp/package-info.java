/**
 * Stanford CoreNLP behind {@link org.corroborate.nlp.NlpEngine}; the only package that imports
 * {@code edu.stanford.*}. Input: text and an optional reference date. Output: our own records, mapped from CoreNLP's
 * annotations in {@link org.corroborate.nlp.corenlp.CoreNlpMapper}. Trap: CoreNLP reads its configuration from a
 * {@code Properties} bag that ignores misspelt keys; {@link org.corroborate.nlp.corenlp.CoreNlpSettings} is the only
 * place that writes one.
 */
package org.corroborate.nlp.corenlp;
