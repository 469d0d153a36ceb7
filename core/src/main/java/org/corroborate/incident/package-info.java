/**
 * Incidents: who attacked whom, where, when, how, with what figures. Input: an analysed text, its actor mentions and
 * evidential frames. Output: {@link org.corroborate.incident.IncidentReport}s, one per happening the article reports,
 * each with evidence spans. {@link org.corroborate.incident.IncidentExtractor} groups the words that report incidents
 * ({@code TriggerFinder}) into incidents and assembles each from the readers of parties, targets and weapons,
 * figures and places; {@code RoleCasting} adds and drops parties, targets and weapons by the role model learned
 * from MUC-4 DEV ({@code RoleFeatures}, {@code RoleModel}); {@code Muc4Scope} and the learned
 * {@code Muc4Relevance} decide what MUC-4 counts. Trap: a paragraph may report several incidents
 * ("Meanwhile, ...") and many mentions of attacks are not incidents at all (generic "terrorist attacks", habitual
 * "has long attacked", hypothetical "could launch an offensive").
 */
package org.corroborate.incident;
