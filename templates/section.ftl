<#ftl output_format="HTML">
<#import "layout/base.ftl" as layout>
<#import "partials/article-list.ftl" as articles>
<#import "partials/pagination.ftl" as pager>
<#import "partials/lead-story.ftl" as leadStory>
<#assign pageSuffix = (pagination.current gt 1)?then("（第 ${pagination.current?c} 页）", "")>
<@layout.page title="${section_ref.name}${pageSuffix}" description="${site.name}“${section_ref.name}”栏目的 ${section_ref.count?c} 篇文章${pageSuffix}" styles=lead???then(["css/front.css"], [])>
<h1 class="list-title">${section_ref.name}</h1>
<#-- lead: the first page's own 头条, chosen among the section's articles as the front page's is -->
<#if lead??>
<@leadStory.story lead=lead/>
</#if>
<@articles.summaries posts=posts eager=lead???then(0, 2)/>
<@pager.nav pages=pagination/>
</@layout.page>
