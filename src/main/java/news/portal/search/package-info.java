/**
 * Site search without a server: the bake writes an index of the published articles as static JSON files
 * under {@code search/}, and the small {@code js/search.js} of the search page answers queries in the
 * reader's browser by fetching only the index files its terms need.
 *
 * <p>Chinese has no spaces between words and readers expect any part of a title to find it, so CJK text is
 * indexed as overlapping character bigrams (and single characters of titles, tags and summaries, for
 * one-character queries) rather than segmented into words; Latin letters and digits are indexed as
 * words matched by prefix. Text is folded before indexing and before querying the same way: NFKC
 * (full-width to half-width), lower case, traditional to simplified characters. Titles are also indexed by
 * their pinyin syllables, so {@code kunlun} finds 昆仑.
 *
 * <p>{@link news.portal.search.SearchIndex} is the entry point; everything else is package-private.
 */
package news.portal.search;
