<#ftl output_format="HTML">
<#import "layout/base.ftl" as layout>
<#import "partials/link.ftl" as link>
<#import "partials/article-list.ftl" as articles>
<@layout.page title=month.label description="${site.name}${month.label}发布的 ${month.count?c} 篇文章">
<nav class="breadcrumb" aria-label="当前位置">
  <ol>
    <li><a href="${link.to("")}">首页</a></li>
    <li><a href="${link.to(link.archiveUri)}">归档</a></li>
    <li aria-current="page">${month.label}</li>
  </ol>
</nav>
<h1 class="list-title">${month.label}</h1>
<p class="list-intro">共 ${month.count?c} 篇文章</p>
<@articles.titles posts=posts/>
</@layout.page>
