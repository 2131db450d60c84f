/**
 * Problems found in a site's sources, each naming the file, the line and the field, so that an editor
 * can fix them; the one exception that carries all problems of a run together; and the {@link
 * news.portal.problem.Language} editors read messages in, from the site's {@code site.language}.
 */
package news.portal.problem;
