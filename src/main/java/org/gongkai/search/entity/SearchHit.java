package org.gongkai.search.entity;

/**
 * One matching entry. The highlighted texts are HTML-safe: the text is escaped and only
 * {@code <mark>…</mark>} around the matched words is inserted, so a page may output them as markup.
 *
 * @param titleHighlighted   the whole title
 * @param snippetHighlighted a passage of the summary or body that matches, else the start of the summary
 */
public record SearchHit(long entryId, String indexNo, float score, String titleHighlighted,
                        String snippetHighlighted) {
}
