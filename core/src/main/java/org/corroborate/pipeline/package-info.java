/**
 * The analysis pipeline for one article, assembled in {@link org.corroborate.pipeline.Analyzer#analyze}: reference
 * date, annotate, actors, evidential frames, incidents, statements, relations, places. Input: an
 * {@link org.corroborate.article.Article}. Output: an {@link org.corroborate.report.ArticleReport}. Trap: the NLP
 * engine is the one expensive object; build the Analyzer once per process and reuse it.
 */
package org.corroborate.pipeline;
