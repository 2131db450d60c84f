<#ftl output_format="HTML">
<#-- What a link shows when it is shared: Open Graph (WeChat, Weibo, QQ, Facebook, LinkedIn, Telegram,
     WhatsApp read it), Twitter Card, and the article as schema.org JSON-LD. Every value is absolute. -->

<#macro tags meta>
<meta property="og:type" content="${meta.type}">
<meta property="og:title" content="${meta.title}">
<#if meta.description?has_content>
<meta property="og:description" content="${meta.description}">
</#if>
<meta property="og:url" content="${meta.url}">
<#if meta.image??>
<meta property="og:image" content="${meta.image}">
<meta property="og:image:alt" content="${meta.image_alt}">
<#if meta.image_width??>
<meta property="og:image:width" content="${meta.image_width?c}">
<meta property="og:image:height" content="${meta.image_height?c}">
</#if>
</#if>
<meta property="og:site_name" content="${meta.site_name}">
<meta property="og:locale" content="${meta.locale}">
<#if meta.published_time??>
<meta property="article:published_time" content="${meta.published_time}">
</#if>
<#if meta.modified_time??>
<meta property="article:modified_time" content="${meta.modified_time}">
</#if>
<#if meta.section??>
<meta property="article:section" content="${meta.section}">
</#if>
<#list meta.tags as tag>
<meta property="article:tag" content="${tag}">
</#list>
<#-- X reads og:title, og:description and og:image when its own tags are absent; only the card type is its own. -->
<meta name="twitter:card" content="${meta.twitter_card}">
<#if meta.json_ld??>
<#-- The one ?no_esc besides the Markdown body: HTML escaping would turn the JSON's quotes into &quot;, which
     is not JSON inside a script element. It is safe because the JSON is written by Jackson in ShareWidget,
     never by hand, and every "<" in it is \u003c, so no value can end the script element. -->
<script type="application/ld+json">${meta.json_ld?no_esc}</script>
</#if>
</#macro>
