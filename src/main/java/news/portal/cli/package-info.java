/**
 * The command line of {@code news-portal.jar}: {@code bake}, {@code preview}, {@code deploy}, and the
 * editors' {@code new}, {@code check} and {@code list} ({@link news.portal.editor}). One thin class per
 * command.
 */
package news.portal.cli;
