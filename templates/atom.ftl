<#ftl output_format="XML">
<#-- Atom 1.0 of the site (RFC 4287). Entry ids are the articles' permanent addresses. -->
<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${(site.language!"zh-CN")?lower_case}">
  <id>${feed.link}</id>
  <title>${feed.title}</title>
  <subtitle>${feed.description}</subtitle>
  <updated>${feed.updated_iso}</updated>
  <link rel="alternate" type="text/html" href="${feed.link}"/>
  <link rel="self" type="application/atom+xml" href="${feed.self}"/>
  <author>
    <name>${site.name}</name>
    <uri>${site.host}</uri>
  </author>
  <#list posts as post>
  <entry>
    <id>${site.host}${post.uri}</id>
    <title>${post.title}</title>
    <link rel="alternate" type="text/html" href="${site.host}${post.uri}"/>
    <published>${post.date_iso}</published>
    <updated>${post.lastmod_iso}</updated>
    <#if post.author?has_content>
    <author>
      <name>${post.author}</name>
    </author>
    </#if>
    <#if post.section??>
    <category term="${post.section.name}"/>
    </#if>
    <#list post.tags![] as tag>
    <category term="${tag}"/>
    </#list>
    <summary>${(post.summary!"")?has_content?then(post.summary, post.title)}</summary>
    <#if feed.full>
    <content type="html">${feed.bodies[post.uri]}</content>
    </#if>
  </entry>
  </#list>
</feed>
