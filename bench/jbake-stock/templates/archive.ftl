<#include "header.ftl">
<h1 class="list-title">文章归档</h1>
<#-- every published post, grouped by month as JBake's example templates do -->
<#list published_posts as post>
  <#assign month = post.date?string("yyyy年M月")>
  <#if !(last_month??) || last_month != month>
    <#if last_month??></ul></#if>
<h2>${month}</h2>
<ul class="title-list">
  </#if>
  <li><time>${post.date?string("yyyy-MM-dd")}</time> <a href="${content.rootpath}${post.uri}">${post.title?html}</a></li>
  <#assign last_month = month>
</#list>
<#if last_month??></ul></#if>
<#include "footer.ftl">
