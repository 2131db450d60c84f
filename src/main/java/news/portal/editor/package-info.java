/**
 * The editors' workflow around the bake: a new article with complete front matter ({@code new}), a
 * check of the whole site that reports what a bake would refuse and what it would quietly get wrong
 * ({@code check}: clashing addresses, broken links between articles, missing images, tags spelt two
 * ways), and what is waiting to be published ({@code list}). Reads the site only through
 * {@link news.portal.content.ContentLoader#read()}, the pass a bake runs, so a check and a bake never
 * disagree. {@link news.portal.editor.Editor} is the entry point; everything else is package-private.
 */
package news.portal.editor;
