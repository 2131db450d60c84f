<#ftl output_format="HTML">
<#import "layout/base.ftl" as layout>
<#import "partials/link.ftl" as link>
<@layout.page title="归档" description="${site.name}按月归档的全部文章">
<h1 class="list-title">文章归档</h1>
<#list months>
<ul class="month-list">
  <#items as month>
  <li><a href="${link.to(month.uri)}">${month.label}</a> <span class="count">${month.count?c} 篇</span></li>
  </#items>
</ul>
<#else>
<p class="empty">暂无文章。</p>
</#list>
</@layout.page>
