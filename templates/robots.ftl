<#ftl output_format="plainText">
<#import "partials/link.ftl" as link>
User-agent: *
Allow: /
Sitemap: ${link.absolute(link.sitemapUri)}
