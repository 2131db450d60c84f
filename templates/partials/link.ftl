<#ftl output_format="HTML">
<#-- Site paths are relative to page.root so the site works from any folder or bucket prefix. -->
<#assign feedUri = (config.feed_file)!"feed.xml">
<#assign archiveUri = (config.archive_file)!"archive.html">
<#assign tagsIndexUri = ((config.tag_path)!"tags") + "/index.html">
<#assign indexFile = (config.index_file)!"index.html">
<#assign sitemapUri = (config.sitemap_file)!"sitemap.xml">

<#function to uri>
  <#if !uri?is_string>
    <#stop "link.to: uri should be text">
  </#if>
  <#local lower = uri?lower_case>
  <#if lower?starts_with("http:") || lower?starts_with("https:") || lower?starts_with("//") || lower?starts_with("mailto:")>
    <#return uri>
  </#if>
  <#-- A leading "/" in front matter means the site root, not the host root. Object storage serves keys,
       not folders, so a folder link always names its index file. -->
  <#local path = uri?remove_beginning("/")>
  <#if path == "" || path?ends_with("/")>
    <#local path = path + indexFile>
  </#if>
  <#-- An asset written with its plain name still gets its fingerprinted one (css/site.css → css/site.3f2a9c1b.css). -->
  <#if (assets[path])??>
    <#local path = assets[path]>
  </#if>
  <#return page.root + path>
</#function>

<#-- A file of the asset folder, by its name there: fails the bake when there is no such asset, so a
     renamed stylesheet cannot leave every page without styles. -->
<#function asset path>
  <#local name = path?remove_beginning("/")>
  <#if !(assets[name])??>
    <#stop "link.asset: no file " + name + " in the asset folder">
  </#if>
  <#return page.root + assets[name]>
</#function>

<#function absolute uri>
  <#return site.host + uri?remove_beginning("/")>
</#function>
