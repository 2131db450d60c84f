/**
 * The command line: {@code java -jar news-portal.jar bake [SITE_DIR] [-o OUTPUT_DIR]}. Later commands
 * (preview, deploy, new) join here as subcommands of the same jar.
 */
package news.portal.cli;
