<#include "header.ftl">
<#include "list.ftl">
<h1 class="list-title">最新文章</h1>
<#-- with index.paginate=true, published_posts is this page's slice -->
<@posts list=published_posts/>
<#if (numberOfPages!1) gt 1>
<nav class="pagination">
  <#if previousFileName??><a rel="prev" href="${content.rootpath}${previousFileName}">上一页</a></#if>
  <span>第 ${currentPageNumber} / ${numberOfPages} 页</span>
  <#if nextFileName??><a rel="next" href="${content.rootpath}${nextFileName}">下一页</a></#if>
</nav>
</#if>
<#include "footer.ftl">
