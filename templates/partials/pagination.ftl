<#ftl output_format="HTML">
<#import "/partials/link.ftl" as link>

<#macro nav pages>
<#if pages.total gt 1>
<nav class="pagination" aria-label="分页">
  <#if pages.prev_uri?has_content>
  <a class="pagination-prev" rel="prev" href="${link.to(pages.prev_uri)}">上一页</a>
  </#if>
  <span class="pagination-status">第 ${pages.current?c} / ${pages.total?c} 页</span>
  <#if pages.next_uri?has_content>
  <a class="pagination-next" rel="next" href="${link.to(pages.next_uri)}">下一页</a>
  </#if>
</nav>
</#if>
</#macro>
