<#ftl output_format="HTML">
<#import "/partials/link.ftl" as link>
<#import "/partials/cover.ftl" as cover>
<#-- 焦点图 as a row the reader swipes or scrolls, snapping to each picture: no script, nothing moves by
     itself, and each picture is a link, so Tab walks the row and the browser scrolls the focused one into
     view. Every picture keeps a fixed 3:2 box, so nothing shifts while they load. -->

<#macro strip items>
<#if items?has_content>
<section class="focus" aria-labelledby="focus-title">
  <h2 class="block-title" id="focus-title">焦点图</h2>
  <ul class="focus-strip">
    <#list items as item>
    <li class="focus-item">
      <a class="focus-link" href="${link.to(item.uri)}">
        <@cover.image doc=item lazy=(item?index gte 1) decorative=true card=true sizes="(min-width: 48em) 25vw, 82vw"/>
        <span class="focus-caption">${item.title}</span>
      </a>
    </li>
    </#list>
  </ul>
</section>
</#if>
</#macro>
