/**
 * The knowledge base over JDBC: SQLite by default (one file, WAL), PostgreSQL for shared deployments, one schema
 * migrated by Flyway. Input: article reports; output: stored articles, incidents merged across articles, and the
 * queries over them. The trap: every article is written in one transaction together with its merge, so a process
 * killed mid-article leaves nothing of it and the next run simply reads it again.
 */
package org.corroborate.store;
