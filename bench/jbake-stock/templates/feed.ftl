<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${config.site_name}</title>
    <link>${config.site_host}/</link>
    <description>${config.site_description}</description>
    <language>zh-cn</language>
    <lastBuildDate>${published_date?string("EEE, d MMM yyyy HH:mm:ss Z")}</lastBuildDate>
    <atom:link href="${config.site_host}/${config.feed_file}" rel="self" type="application/rss+xml"/>
    <#-- the latest 20, like the other generators -->
    <#list published_posts as post>
    <#if post?index gte 20><#break></#if>
    <item>
      <title>${post.title?xml}</title>
      <link>${config.site_host}/${post.uri}</link>
      <guid isPermaLink="true">${config.site_host}/${post.uri}</guid>
      <pubDate>${post.date?string("EEE, d MMM yyyy HH:mm:ss Z")}</pubDate>
      <#if (post.summary)??><description>${post.summary?xml}</description></#if>
    </item>
    </#list>
  </channel>
</rss>
