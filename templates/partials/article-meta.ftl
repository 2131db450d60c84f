<#ftl output_format="HTML">

<#macro line doc>
<p class="article-meta">
  <time datetime="${doc.date_iso}">${doc.date_display}</time>
  <#if doc.updated_iso?has_content && doc.updated_display?has_content>
  <span>更新：<time datetime="${doc.updated_iso}">${doc.updated_display}</time></span>
  </#if>
  <#-- source_url is checked at bake time to be http or https: a reprint's 来源 links its original -->
  <#if doc.source_url?has_content>
  <span>来源：<a class="article-source" href="${doc.source_url}" rel="noopener nofollow">${doc.source!"原文"}</a></span>
  <#elseif doc.source?has_content>
  <span>来源：${doc.source}</span>
  </#if>
  <#if doc.author?has_content>
  <span>作者：${doc.author}</span>
  </#if>
</p>
</#macro>
