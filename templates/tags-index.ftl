<#ftl output_format="HTML">
<#import "layout/base.ftl" as layout>
<#import "partials/tag-list.ftl" as tagList>
<@layout.page title="全部标签" description="${site.name}的全部 ${tags?size?c} 个标签">
<h1 class="list-title">全部标签</h1>
<@tagList.cloud refs=tags/>
</@layout.page>
