<#ftl output_format="XML">
<#-- Google News sitemap: articles of the last days only (sitemap.news.days). With none it is an empty
     urlset, which is what Google asks for rather than a missing file. -->
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <#list news as item>
  <url>
    <loc>${item.loc}</loc>
    <news:news>
      <news:publication>
        <news:name>${publication.name}</news:name>
        <news:language>${publication.language}</news:language>
      </news:publication>
      <news:publication_date>${item.date_iso}</news:publication_date>
      <news:title>${item.title}</news:title>
    </news:news>
  </url>
  </#list>
</urlset>
