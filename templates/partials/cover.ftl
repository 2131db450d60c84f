<#ftl output_format="HTML">
<#import "/partials/link.ftl" as link>

<#-- A bad cover_width/cover_height drops both rather than making invalid HTML. -->
<#function dimension value>
  <#if value?is_number && value gt 0>
    <#return value?c>
  </#if>
  <#if value?is_string && value?matches("[1-9][0-9]{0,4}")>
    <#return value>
  </#if>
  <#return "">
</#function>

<#-- cover_width/cover_height come from the front matter, else from the image file (the bake reads them);
     a remote cover has none. lazy=false for a cover on the first screen; priority=true for the one image
     that is the page's largest paint (an article's own cover), so the browser fetches it before the rest.
     decorative=true when the title is part of the same link: the picture adds nothing to read aloud. -->
<#macro image doc lazy=true priority=false decorative=false>
<#local width = dimension(doc.cover_width!"")>
<#local height = dimension(doc.cover_height!"")>
<img src="${link.to(doc.cover)}" alt="<#if !decorative>${doc.cover_alt!doc.title}</#if>"<#if width?has_content && height?has_content> width="${width}" height="${height}"</#if><#if lazy> loading="lazy"</#if><#if priority> fetchpriority="high"</#if> decoding="async"><#t>
</#macro>
