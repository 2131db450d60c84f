<#ftl output_format="HTML">
<#import "/partials/link.ftl" as link>

<#macro links refs>
<ul class="tag-list">
  <#list refs as ref>
  <li><a href="${link.to(ref.uri)}" rel="tag">${ref.name}</a></li>
  </#list>
</ul>
</#macro>

<#macro cloud refs>
<#list refs>
<ul class="tag-list tag-cloud">
  <#items as ref>
  <li><a href="${link.to(ref.uri)}">${ref.name} <span class="count">(${ref.count?c})</span></a></li>
  </#items>
</ul>
<#else>
<p class="empty">暂无标签。</p>
</#list>
</#macro>
