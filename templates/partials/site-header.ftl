<#ftl output_format="HTML">
<#import "/partials/link.ftl" as link>

<#macro header>
<header class="site-header">
  <div class="wrap">
    <a class="site-name" href="${link.to("")}">${site.name}</a>
    <#if site.description?has_content>
    <p class="site-tagline">${site.description}</p>
    </#if>
  </div>
</header>
</#macro>
