<#ftl output_format="XML">
<#import "partials/link.ftl" as link>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <#list urls as url>
  <url>
    <loc>${url.loc?matches("https?://.*")?then(url.loc, link.absolute(url.loc))}</loc>
    <#if url.lastmod_iso?has_content>
    <lastmod>${url.lastmod_iso}</lastmod>
    </#if>
  </url>
  </#list>
</urlset>
