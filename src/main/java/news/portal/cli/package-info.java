/**
 * The command line: {@code java -jar news-portal.jar bake [SITE_DIR] [-o OUTPUT_DIR]}, and the editors'
 * {@code new}, {@code check} and {@code list} ({@link news.portal.editor}). One thin class per command;
 * later commands (preview, deploy) join here as subcommands of the same jar.
 */
package news.portal.cli;
