<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <#list urls as url>
  <url>
    <loc>${url.loc}</loc>
    <lastmod>${url.lastmod_iso}</lastmod>
    <#list (url.images)![] as image>
    <image:image>
      <image:loc>${image}</image:loc>
    </image:image>
    </#list>
  </url>
  </#list>
</urlset>
