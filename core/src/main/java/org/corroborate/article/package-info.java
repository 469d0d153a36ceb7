/**
 * The article as read: text plus metadata. Input: whatever a reader in {@code ingest} produced. Output: an
 * immutable {@link org.corroborate.article.Article} with a stable id and a content hash. Trap: the text is the
 * one all offsets refer to; never trim or normalise it after the article is built.
 */
package org.corroborate.article;
