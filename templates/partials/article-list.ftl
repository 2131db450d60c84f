<#ftl output_format="HTML">
<#import "/partials/link.ftl" as link>
<#import "/partials/cover.ftl" as cover>

<#-- eager: how many covers at the top load at once; 0 where the list starts below the first screen -->
<#-- heading: the title's element, h3 where the list sits under a heading of its own -->
<#macro summaries posts eager=2 heading="h2">
<#list posts>
<ul class="article-list">
  <#items as post>
  <#local hasCover = post.cover?has_content>
  <li class="article-item<#if hasCover> has-cover</#if>">
    <div class="article-text">
      <${heading} class="article-title"><a href="${link.to(post.uri)}">${post.title}</a></${heading}>
      <p class="article-info">
        <time datetime="${post.date_iso}">${post.date_display}</time>
        <#if post.section??>
        <a class="article-section" href="${link.to(post.section.uri)}">${post.section.name}</a>
        </#if>
      </p>
      <#if post.summary?has_content>
      <p class="article-summary">${post.summary}</p>
      </#if>
    </div>
    <#if hasCover>
    <#-- The first two cards fit a phone's first screen under the header, navigation and heading (their
         covers are 7rem thumbnails), so their covers load at once; the others when the reader scrolls
         near them. Position, not the count of covers, decides what is on the first screen. -->
    <a class="article-cover" href="${link.to(post.uri)}" tabindex="-1" aria-hidden="true"><@cover.image doc=post lazy=(post?index gte eager) card=true sizes="(min-width: 36em) 10rem, 7rem"/></a>
    </#if>
  </li>
  </#items>
</ul>
<#else>
<p class="empty">暂无文章。</p>
</#list>
</#macro>

<#macro titles posts>
<#list posts>
<ul class="title-list">
  <#items as post>
  <li><time datetime="${post.date_iso}">${post.date_display}</time> <a href="${link.to(post.uri)}">${post.title}</a></li>
  </#items>
</ul>
<#else>
<p class="empty">暂无文章。</p>
</#list>
</#macro>
