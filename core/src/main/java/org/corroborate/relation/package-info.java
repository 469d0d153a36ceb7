/**
 * Relations between actors. Input: an analysed text, its actor mentions and its evidential frames. Output:
 * {@link org.corroborate.relation.Relation}s with the status, source and polarity of the clause they were read from.
 * Trap: parties are found on the token sequence with the parse as a hint, and a mention is only a subject when it is
 * not the object of a preposition or a verb; a cited outlet is never a party.
 */
package org.corroborate.relation;
