<#ftl output_format="HTML">
<#import "/partials/link.ftl" as link>

<#-- cover_width/cover_height are optional; a bad value drops both rather than making invalid HTML. -->
<#function dimension value>
  <#if value?is_number && value gt 0>
    <#return value?c>
  </#if>
  <#if value?is_string && value?matches("[1-9][0-9]{0,4}")>
    <#return value>
  </#if>
  <#return "">
</#function>

<#macro image doc lazy=true>
<#local width = dimension(doc.cover_width!"")>
<#local height = dimension(doc.cover_height!"")>
<img src="${link.to(doc.cover)}" alt="${doc.cover_alt!doc.title}"<#if width?has_content && height?has_content> width="${width}" height="${height}"</#if><#if lazy> loading="lazy"</#if> decoding="async"><#t>
</#macro>
