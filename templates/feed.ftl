<#ftl output_format="XML">
<#-- RSS 2.0 of the site, a section or a tag: the model's "feed" says which (title, link, self). -->
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${feed.title}</title>
    <link>${feed.link}</link>
    <description>${feed.description}</description>
    <language>${(site.language!"zh-CN")?lower_case}</language>
    <lastBuildDate>${feed.updated_rfc822}</lastBuildDate>
    <atom:link href="${feed.self}" rel="self" type="application/rss+xml"/>
    <#list posts as post>
    <item>
      <title>${post.title}</title>
      <link>${site.host}${post.uri}</link>
      <guid isPermaLink="true">${site.host}${post.uri}</guid>
      <pubDate>${post.date_rfc822}</pubDate>
      <#if post.author?has_content>
      <#-- RSS's own <author> must be an e-mail address: Dublin Core carries a name -->
      <dc:creator>${post.author}</dc:creator>
      </#if>
      <#-- a photo story without a word of text still says what it is: its title -->
      <description>${(post.summary!"")?has_content?then(post.summary, post.title)}</description>
      <#if feed.full>
      <content:encoded>${feed.bodies[post.uri]}</content:encoded>
      </#if>
      <#if post.section??>
      <category>${post.section.name}</category>
      </#if>
      <#list post.tags![] as tag>
      <category>${tag}</category>
      </#list>
    </item>
    </#list>
  </channel>
</rss>
