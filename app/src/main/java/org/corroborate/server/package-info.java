/**
 * {@code corroborate serve}: the REST API under {@code /api} (described at {@code /api/openapi.json}) and the web UI,
 * both read from one knowledge base, served by Javalin on loopback by default.
 */
package org.corroborate.server;
