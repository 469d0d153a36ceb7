package org.corroborate.nlp;

/** Universal Dependencies parts of speech. */
public enum PartOfSpeech {
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X
}
