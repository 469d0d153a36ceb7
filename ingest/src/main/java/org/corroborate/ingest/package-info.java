/** Readers. */
package org.corroborate.ingest;
