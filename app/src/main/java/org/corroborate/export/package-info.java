/**
 * Exports of the knowledge base in the formats analysts load elsewhere: ACLED-, GTD- and UCDP GED-style CSV,
 * GeoJSON of incidents, GraphML of the actor graph, schema.org ClaimReview of attributed statements, and JSON Lines
 * of whole incidents.
 */
package org.corroborate.export;
