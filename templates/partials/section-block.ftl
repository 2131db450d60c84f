<#ftl output_format="HTML">
<#import "/partials/link.ftl" as link>
<#import "/partials/cover.ftl" as cover>
<#-- One 栏目 of the front page: its newest picture story with a thumbnail, the next titles with their
     dates, and 更多 to the section's own page. -->

<#macro block item>
<#local section = item.section>
<#local top = item.top>
<section class="section-block" aria-labelledby="block-${section.slug}">
  <h2 class="block-title" id="block-${section.slug}"><a href="${link.to(section.uri)}">${section.name}</a></h2>
  <div class="block-top<#if top.cover?has_content> has-cover</#if>">
    <#if top.cover?has_content>
    <a class="block-thumb" href="${link.to(top.uri)}" tabindex="-1" aria-hidden="true"><@cover.image doc=top decorative=true card=true sizes="8rem"/></a>
    </#if>
    <h3 class="block-top-title"><a href="${link.to(top.uri)}">${top.title}</a></h3>
    <p class="block-top-date"><time datetime="${top.date_iso}">${top.date_display}</time></p>
  </div>
  <#if item.titles?has_content>
  <ul class="block-titles">
    <#list item.titles as post>
    <li><a href="${link.to(post.uri)}">${post.title}</a> <time datetime="${post.date_iso}">${post.date_display}</time></li>
    </#list>
  </ul>
  </#if>
  <p class="block-more"><a href="${link.to(section.uri)}">更多<span class="visually-hidden">${section.name}</span></a></p>
</section>
</#macro>
