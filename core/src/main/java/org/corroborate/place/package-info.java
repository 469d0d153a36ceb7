/**
 * Places: names in the text resolved to gazetteer entries with country, admin1, admin2, coordinates and
 * precision. Input: a place name and what the text says around it (its province, its country). Output: a
 * {@link org.corroborate.report.Place}. Trap: a place known only by its country has precision COUNTRY and no
 * coordinates; never a silent centroid.
 */
package org.corroborate.place;
