<#ftl output_format="HTML">
<#import "layout/base.ftl" as layout>
<#import "partials/article-list.ftl" as articles>
<#import "partials/pagination.ftl" as pager>
<#assign pageTitle = (pagination.current gt 1)?then("最新文章（第 ${pagination.current?c} 页）", "")>
<@layout.page title=pageTitle description=(pagination.current gt 1)?then("${site.name}的最新文章（第 ${pagination.current?c} 页）", "")>
<h1 class="list-title">最新文章</h1>
<@articles.summaries posts=posts/>
<@pager.nav pages=pagination/>
</@layout.page>
