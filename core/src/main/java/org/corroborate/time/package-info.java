/**
 * Dates: which day an article was written (published date, dateline, or the latest full date in the text), and
 * normalised time expressions turned into intervals with a precision. Trap: a date written without a year that falls
 * after the reference date is in the previous year ("on 30 December" in a text datelined 3 JAN 90 is 1989-12-30).
 */
package org.corroborate.time;
