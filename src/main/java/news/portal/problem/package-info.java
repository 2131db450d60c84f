/**
 * Problems found in a site's sources, each naming the file, the line and the field, so that an editor
 * can fix them; and the one exception that carries all problems of a run together.
 */
package news.portal.problem;
