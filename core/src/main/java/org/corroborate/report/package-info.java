/**
 * The vocabulary of an article report, shared by every extractor: spans, evidential status, sources, counts,
 * dates, places and parties, and the {@link org.corroborate.report.ArticleReport} that holds them. These records
 * mirror {@code contract/article-report.schema.json}. Trap: span offsets are UTF-16 indices into the article text,
 * end exclusive, and a span's text must equal the text at those offsets.
 */
package org.corroborate.report;
