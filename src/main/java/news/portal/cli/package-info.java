/**
 * The command line: {@code java -jar news-portal.jar bake [SITE_DIR] [-o OUTPUT_DIR]} and
 * {@code deploy [SITE_DIR] --target s3://BUCKET[/PREFIX]}. Later commands (preview, new) join here as
 * subcommands of the same jar.
 */
package news.portal.cli;
