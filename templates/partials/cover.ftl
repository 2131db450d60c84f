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

<#-- "URL 480w, URL 800w" from a list of derivatives ({path, width}), each linked relative to the page -->
<#function srcset candidates>
  <#local parts = []>
  <#list candidates as candidate>
    <#local parts = parts + [link.to(candidate.path) + " " + candidate.width?c + "w"]>
  </#list>
  <#return parts?join(", ")>
</#function>

<#-- cover_width/cover_height come from the front matter, else from the image file (the bake reads them);
     a remote cover has none. lazy=false for a cover on the first screen; priority=true for the one image
     that is the page's largest paint (an article's own cover), so the browser fetches it before the rest.
     decorative=true when the title is part of the same link: the picture adds nothing to read aloud.
     card=true in lists: the 3:2 crops (cover_image.card) instead of the whole picture, at the width the
     list's CSS gives its thumbnails (sizes). No WebP source when the bake found WebP no smaller. With image.derivatives off, or a remote cover, the original. -->
<#macro image doc lazy=true priority=false decorative=false card=false sizes="">
<#local alt><#if !decorative>${doc.cover_alt!doc.title}</#if></#local>
<#if (doc.cover_image)?? && (!card || (doc.cover_image.card)??)>
<#local set = doc.cover_image>
<#local fallback = card?then(set.card, set.fallback)>
<#local webp = card?then(set.card_webp, set.webp)>
<#local src = card?then(set.card_src, set.src)>
<#local width = card?then(set.card_width, set.width)>
<#local height = card?then(set.card_height, set.height)>
<#local shownSizes = sizes?has_content?then(sizes, set.sizes)>
<picture><#if webp?has_content><source type="image/webp" srcset="${srcset(webp)}" sizes="${shownSizes}"></#if><img src="${link.to(src)}" srcset="${srcset(fallback)}" sizes="${shownSizes}" alt="${alt}" width="${width?c}" height="${height?c}"<#if lazy> loading="lazy"</#if><#if priority> fetchpriority="high"</#if> decoding="async"></picture><#t>
<#else>
<#local width = dimension(doc.cover_width!"")>
<#local height = dimension(doc.cover_height!"")>
<img src="${link.to(doc.cover)}" alt="${alt}"<#if width?has_content && height?has_content> width="${width}" height="${height}"</#if><#if lazy> loading="lazy"</#if><#if priority> fetchpriority="high"</#if> decoding="async"><#t>
</#if>
</#macro>
