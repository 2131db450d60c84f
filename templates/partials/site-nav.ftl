<#ftl output_format="HTML">
<#import "/partials/link.ftl" as link>

<#macro nav>
<nav class="site-nav" aria-label="栏目导航">
  <ul class="wrap">
    <@item uri="" label="首页" active=(page.kind == "index") exact=(page.kind == "index" && ((pagination.current)!1) == 1)/>
    <#list site.sections as section>
    <@item uri=section.uri label=section.name active=inSection(section) exact=(page.uri == section.uri)/>
    </#list>
    <@item uri=link.archiveUri label="归档" active=(page.kind == "archive" || page.kind == "archive_month") exact=(page.kind == "archive")/>
    <@item uri=link.tagsIndexUri label="标签" active=(page.kind == "tags_index" || page.kind == "tag") exact=(page.kind == "tags_index")/>
  </ul>
</nav>
</#macro>

<#macro item uri label active exact>
    <li<#if active> class="active"</#if>><a href="${link.to(uri)}"<#if exact> aria-current="page"</#if>>${label}</a></li>
</#macro>

<#function inSection section>
  <#if page.kind == "section">
    <#return section_ref?? && section_ref.uri == section.uri>
  </#if>
  <#if page.kind == "post">
    <#return content.section?? && content.section.uri == section.uri>
  </#if>
  <#return false>
</#function>
