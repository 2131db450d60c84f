<#ftl output_format="HTML">
<#import "/partials/link.ftl" as link>
<#-- 编辑推荐: featured stories the lead and the focus pictures left over, as titles. -->

<#macro list items>
<#if items?has_content>
<section class="picks" aria-labelledby="picks-title">
  <h2 class="block-title" id="picks-title">编辑推荐</h2>
  <ul class="picks-list">
    <#list items as post>
    <li><a href="${link.to(post.uri)}">${post.title}</a><#if post.section??> <span class="picks-section">${post.section.name}</span></#if></li>
    </#list>
  </ul>
</section>
</#if>
</#macro>
