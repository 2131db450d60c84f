<#ftl output_format="HTML">
<#import "/partials/link.ftl" as link>

<#macro header>
<header class="site-header">
  <div class="wrap">
    <a class="site-name" href="${link.to("")}">${site.name}</a>
    <#if site.description?has_content>
    <p class="site-tagline">${site.description}</p>
    </#if>
    <#if (.data_model.search_page)?? && page.kind != "search">
    <#-- a plain GET form: it works without scripts, and the results page reads q from its address -->
    <form class="site-search" role="search" action="${link.to(.data_model.search_page)}" method="get">
      <label class="visually-hidden" for="site-search-q">搜索本站</label>
      <input id="site-search-q" type="search" name="q" placeholder="搜索文章" autocomplete="off" enterkeyhint="search">
      <button type="submit">搜索</button>
    </form>
    </#if>
  </div>
</header>
</#macro>
