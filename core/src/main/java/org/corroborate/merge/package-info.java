/**
 * Merging: decides whether an incident report describes an incident already known (and says why), and whether an
 * article is an independent witness or a copy of another (near-duplicate text, a credited wire agency). Input: the
 * reports of the extraction stage; output: decisions with their reasons, never a changed report. The trap: a shared
 * day and country is not evidence of one incident; a match needs a place below the country or a shared victim.
 */
package org.corroborate.merge;
