<#ftl output_format="HTML">
<#import "layout/base.ftl" as layout>
<#import "partials/article-list.ftl" as articles>
<#import "partials/pagination.ftl" as pager>
<#assign pageSuffix = (pagination.current gt 1)?then("（第 ${pagination.current?c} 页）", "")>
<@layout.page title="${section_ref.name}${pageSuffix}" description="${site.name}“${section_ref.name}”栏目的 ${section_ref.count?c} 篇文章${pageSuffix}">
<h1 class="list-title">${section_ref.name}</h1>
<@articles.summaries posts=posts/>
<@pager.nav pages=pagination/>
</@layout.page>
