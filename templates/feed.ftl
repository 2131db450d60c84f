<#ftl output_format="XML">
<#import "partials/link.ftl" as link>
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${site.name}</title>
    <link>${site.host}</link>
    <description>${site.description?has_content?then(site.description, site.name)}</description>
    <language>${(site.language!"zh-CN")?lower_case}</language>
    <#if posts?has_content>
    <lastBuildDate>${posts[0].date_rfc822}</lastBuildDate>
    <#elseif site.build_time_rfc822?has_content>
    <lastBuildDate>${site.build_time_rfc822}</lastBuildDate>
    </#if>
    <atom:link href="${link.absolute(link.feedUri)}" rel="self" type="application/rss+xml"/>
    <#list posts as post>
    <item>
      <title>${post.title}</title>
      <link>${link.absolute(post.uri)}</link>
      <guid isPermaLink="true">${link.absolute(post.uri)}</guid>
      <pubDate>${post.date_rfc822}</pubDate>
      <#if post.summary?has_content>
      <description>${post.summary}</description>
      </#if>
      <#list post.tags![] as tag>
      <category>${tag}</category>
      </#list>
    </item>
    </#list>
  </channel>
</rss>
