/**
 * Incidents: who attacked whom, where, when, how, with what figures. Input: an analysed text, its actor mentions and
 * evidential frames. Output: {@link org.corroborate.incident.IncidentReport}s, one per happening the article
 * reports, each with evidence spans. Trap: a paragraph may report several incidents ("Meanwhile, ...") and many
 * mentions of attacks are not incidents at all (generic "terrorist attacks", habitual "has long attacked",
 * hypothetical "could launch an offensive").
 */
package org.corroborate.incident;
