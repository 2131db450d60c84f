<#ftl output_format="HTML">
<#import "layout/base.ftl" as layout>
<#import "partials/link.ftl" as link>
<#import "partials/article-list.ftl" as articles>
<#import "partials/pagination.ftl" as pager>
<#assign pageSuffix = (pagination.current gt 1)?then("（第 ${pagination.current?c} 页）", "")>
<@layout.page title="标签：${tag_ref.name}${pageSuffix}" description="${site.name}标签“${tag_ref.name}”下的 ${tag_ref.count?c} 篇文章${pageSuffix}">
<h1 class="list-title">标签：${tag_ref.name}</h1>
<p class="list-intro">共 ${tag_ref.count?c} 篇文章 · <a href="${link.to(link.tagsIndexUri)}">全部标签</a></p>
<@articles.summaries posts=posts/>
<@pager.nav pages=pagination/>
</@layout.page>
