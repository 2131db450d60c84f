<#ftl output_format="HTML">
<#-- Drafts and scheduled articles reach pages only in preview; the banner tells the editor which is which. -->
<#macro banner doc>
<#if doc.draft!false>
<p class="status-banner" role="status">草稿：本文尚未发布，只在预览中可见。</p>
<#elseif doc.scheduled!false>
<p class="status-banner" role="status">定时发布：本文将于 <time datetime="${doc.date_iso}">${doc.date_display}</time> 发布。</p>
</#if>
</#macro>
