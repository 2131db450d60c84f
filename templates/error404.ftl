<#ftl output_format="HTML">
<#import "layout/base.ftl" as layout>
<#import "partials/link.ftl" as link>
<@layout.page title="页面未找到" noindex=true>
<div class="not-found">
  <h1 class="list-title">抱歉，您要找的页面不存在</h1>
  <p>页面可能已被删除、更名，或者网址输入有误。</p>
  <p><a href="${link.to("")}">返回首页</a> · <a href="${link.to(link.archiveUri)}">浏览文章归档</a></p>
</div>
</@layout.page>
