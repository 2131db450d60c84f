<#ftl output_format="HTML">
<#import "/partials/link.ftl" as link>
<#import "/partials/cover.ftl" as cover>
<#-- The 头条 of the front page or a section: the story the bake chose (pin, else featured, else the newest
     with a cover). Its cover is the page's largest paint, so it loads first and at once. -->

<#macro story lead>
<section class="lead-story<#if lead.cover?has_content> has-cover</#if>" aria-labelledby="lead-title">
  <#if lead.cover?has_content>
  <a class="lead-cover" href="${link.to(lead.uri)}" tabindex="-1" aria-hidden="true"><@cover.image doc=lead lazy=false priority=true decorative=true card=true sizes="(min-width: 68rem) 40rem, (min-width: 48em) 60vw, calc(100vw - 2rem)"/></a>
  </#if>
  <div class="lead-text">
    <p class="lead-label"><#if lead.pin!false>置顶<#else>头条</#if></p>
    <h2 class="lead-title" id="lead-title"><a href="${link.to(lead.uri)}">${lead.title}</a></h2>
    <#if lead.summary?has_content>
    <p class="lead-summary">${lead.summary}</p>
    </#if>
    <p class="article-info">
      <time datetime="${lead.date_iso}">${lead.date_display}</time>
      <#if lead.section??>
      <a class="article-section" href="${link.to(lead.section.uri)}">${lead.section.name}</a>
      </#if>
    </p>
  </div>
</section>
</#macro>
