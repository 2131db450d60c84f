/**
 * Where jbake-core's log lines go: warnings and errors to standard error as {@code LEVEL Logger: message},
 * nothing below (JBake's configuration API logs at info; a bake reports its own progress instead).
 *
 * <p>Set up in code, found by logback through {@code META-INF/services}, rather than from a
 * {@code logback.xml}: reading the XML loads an XML parser and logback's configuration framework, about a
 * tenth of a second of every start (measured in bench/startup-2026-12-07.md).
 */
package news.portal.logging;
