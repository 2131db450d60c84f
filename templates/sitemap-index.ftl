<#ftl output_format="XML">
<#-- Written in place of sitemap.xml when the site has more pages than one sitemap may list (sitemap.max_urls). -->
<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <#list sitemaps as sitemap>
  <sitemap>
    <loc>${sitemap.loc}</loc>
    <lastmod>${sitemap.lastmod_iso}</lastmod>
  </sitemap>
  </#list>
</sitemapindex>
