/**
 * The site's configuration: {@code jbake.properties} read once through JBake's own configuration API
 * (so JBake's keys, defaults and precedence keep working), checked, and turned into one typed record.
 */
package news.portal.config;
