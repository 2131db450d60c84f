<#ftl output_format="HTML">
<#import "layout/base.ftl" as layout>
<#import "partials/link.ftl" as link>
<#import "partials/article-meta.ftl" as articleMeta>
<#import "partials/share.ftl" as shareWidget>
<#import "partials/cover.ftl" as cover>
<#import "partials/tag-list.ftl" as tagList>
<#import "partials/article-list.ftl" as articles>
<#import "partials/status-banner.ftl" as status>
<#import "partials/font-size.ftl" as fontSize>
<@layout.page title=content.title description=(content.summary!"") styles=["css/article.css", "css/share.css"]>
<nav class="breadcrumb" aria-label="当前位置">
  <ol>
    <li><a href="${link.to("")}">首页</a></li>
    <#if content.section??>
    <li><a href="${link.to(content.section.uri)}">${content.section.name}</a></li>
    </#if>
    <li aria-current="page">正文</li>
  </ol>
</nav>
<article class="post">
  <@status.banner doc=content/>
  <header class="post-header">
    <h1 class="post-title">${content.title}</h1>
    <@articleMeta.line doc=content/>
    <div class="post-tools">
      <@fontSize.switch/>
      <#if share??>
      <@shareWidget.widget share=share/>
      </#if>
    </div>
  </header>
  <#if content.cover?has_content>
  <figure class="post-cover">
    <@cover.image doc=content lazy=false priority=true/>
    <#if content.cover_caption?has_content>
    <figcaption>${content.cover_caption}</figcaption>
    </#if>
  </figure>
  </#if>
  <div class="prose prose-indent">
  <#if content.original_title?has_content>
  <p class="post-original-title">原标题：${content.original_title}</p>
  </#if>
${content.body?no_esc}
  <#-- the sign-off every Chinese news page ends with, after the last paragraph -->
  <#if content.editor?has_content>
  <p class="post-editor">（责任编辑：${content.editor}）</p>
  </#if>
  </div>
  <#if content.tag_refs?has_content>
  <div class="post-tags">
    <span class="post-tags-label">标签：</span>
    <@tagList.links refs=content.tag_refs/>
  </div>
  </#if>
</article>
<#if content.previousContent?? || content.nextContent??>
<nav class="post-nav" aria-label="上一篇和下一篇">
  <#if content.previousContent??>
  <p class="post-nav-prev">上一篇：<a href="${link.to(content.previousContent.uri)}">${content.previousContent.title}</a></p>
  </#if>
  <#if content.nextContent??>
  <p class="post-nav-next">下一篇：<a href="${link.to(content.nextContent.uri)}">${content.nextContent.title}</a></p>
  </#if>
</nav>
</#if>
<#if content.related?has_content>
<section class="related">
  <h2 class="related-title">相关阅读</h2>
  <@articles.titles posts=content.related/>
</section>
</#if>
</@layout.page>
