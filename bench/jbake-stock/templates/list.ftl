<#-- a list of posts: title, date, summary (JBake has no summary of its own: the header's, if any) -->
<#macro posts list>
<ul class="article-list">
  <#list list as post>
  <li class="article-item">
    <h2 class="article-title"><a href="${content.rootpath}${post.uri}">${post.title?html}</a></h2>
    <p class="article-info"><time>${post.date?string("yyyy-MM-dd HH:mm")}</time></p>
    <#if (post.summary)??><p class="article-summary">${post.summary?html}</p></#if>
  </li>
  </#list>
</ul>
</#macro>
