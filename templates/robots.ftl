<#ftl output_format="plainText">
User-agent: *
Allow: /
<#list sitemaps as sitemap>
Sitemap: ${sitemap}
</#list>
