<#ftl output_format="HTML">
<#import "layout/base.ftl" as layout>
<#import "partials/link.ftl" as link>
<#-- The results are found in the browser by js/search.js from the index the bake wrote under search/;
     without scripts the page says so instead of showing an empty list. -->
<@layout.page title="搜索" description="搜索${site.name}的文章" noindex=true styles=["css/search.css"]>
<h1 class="list-title">搜索</h1>
<form class="search-form" role="search" action="${link.to(page.uri)}" method="get">
  <label for="search-q">搜索文章：标题、标签、栏目、摘要和正文，可输入拼音或繁体字</label>
  <div class="search-row">
    <input id="search-q" type="search" name="q" autocomplete="off" enterkeyhint="search" aria-describedby="search-status">
    <button type="submit">搜索</button>
  </div>
</form>
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<ol id="search-results" class="search-results" data-index="${link.to(search_index)}" data-root="${page.root}"></ol>
<p id="search-more-wrap" class="search-more" hidden><button id="search-more" type="button">显示更多结果</button></p>
<noscript><p>搜索需要浏览器启用 JavaScript。也可以按<a href="${link.to(link.archiveUri)}">归档</a>或<a href="${link.to(link.tagsIndexUri)}">标签</a>浏览全部文章。</p></noscript>
<script src="${link.asset("js/search.js")}" defer></script>
</@layout.page>
