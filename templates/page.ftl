<#ftl output_format="HTML">
<#import "layout/base.ftl" as layout>
<@layout.page title=content.title description=(content.summary!"") styles=["css/article.css"]>
<article class="page">
  <h1 class="page-title">${content.title}</h1>
  <div class="prose">
${content.body?no_esc}
  </div>
</article>
</@layout.page>
