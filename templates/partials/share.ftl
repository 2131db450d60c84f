<#ftl output_format="HTML">
<#-- Placeholder until the share widget replaces it. -->

<#macro panel title url>
<section class="share" aria-label="分享">
  <h2 class="share-heading">分享到:</h2>
  <ul class="share-list">
    <li><a href="mailto:?subject=${title?url("UTF-8")}&amp;body=${url?url("UTF-8")}">邮件</a></li>
    <li><a class="share-copy" href="${url}">复制链接</a></li>
  </ul>
</section>
</#macro>
