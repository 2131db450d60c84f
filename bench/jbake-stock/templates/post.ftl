<#include "header.ftl">
<article class="post">
  <header class="post-header">
    <h1 class="post-title">${content.title?html}</h1>
    <p class="article-meta">
      <time>${content.date?string("yyyy-MM-dd HH:mm")}</time>
      <#if (content.category)??><span>${content.category}</span></#if>
      <#if (content.author)??><span>作者：${content.author}</span></#if>
    </p>
  </header>
  <div class="prose">
${content.body}
  </div>
  <#if (content.tags)?? && content.tags?size gt 0>
  <ul class="tag-list">
    <#list content.tags as tag>
    <li><a href="${content.rootpath}${config.tag_path}/${tag}${config.output_extension}" rel="tag">${tag}</a></li>
    </#list>
  </ul>
  </#if>
</article>
<#-- JBake 2.7 sets previousContent (older) and nextContent (newer) on posts -->
<#if (content.previousContent)?? || (content.nextContent)??>
<nav class="post-nav">
  <#if (content.previousContent)??>
  <p class="post-nav-prev">上一篇：<a href="${content.rootpath}${content.previousContent.uri}">${content.previousContent.title?html}</a></p>
  </#if>
  <#if (content.nextContent)??>
  <p class="post-nav-next">下一篇：<a href="${content.rootpath}${content.nextContent.uri}">${content.nextContent.title?html}</a></p>
  </#if>
</nav>
</#if>
<#include "footer.ftl">
