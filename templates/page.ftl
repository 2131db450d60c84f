<#ftl output_format="HTML">
<#import "layout/base.ftl" as layout>
<#import "partials/share.ftl" as shareWidget>
<#-- share is in the model only when share.pages is true -->
<@layout.page title=content.title description=(content.summary!"") styles=share???then(["css/article.css", "css/share.css"], ["css/article.css"])>
<article class="page">
  <h1 class="page-title">${content.title}</h1>
  <#if share??>
  <@shareWidget.widget share=share/>
  </#if>
  <div class="prose">
${content.body?no_esc}
  </div>
</article>
</@layout.page>
