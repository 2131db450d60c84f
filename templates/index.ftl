<#ftl output_format="HTML">
<#import "layout/base.ftl" as layout>
<#import "partials/article-list.ftl" as articles>
<#import "partials/pagination.ftl" as pager>
<#import "partials/lead-story.ftl" as leadStory>
<#import "partials/focus-strip.ftl" as focusStrip>
<#import "partials/section-block.ftl" as sectionBlock>
<#import "partials/picks.ftl" as picks>
<#assign pageTitle = (pagination.current gt 1)?then("最新文章（第 ${pagination.current?c} 页）", "")>
<@layout.page title=pageTitle description=(pagination.current gt 1)?then("${site.name}的最新文章（第 ${pagination.current?c} 页）", "") styles=front???then(["css/front.css"], [])>
<#-- front is in the model on the first page of a portal site only; later pages are the plain list -->
<#if front??>
<h1 class="visually-hidden">${site.name}</h1>
<div class="front-top">
  <#if front.lead??>
  <@leadStory.story lead=front.lead/>
  </#if>
  <@picks.list items=front.picks/>
</div>
<@focusStrip.strip items=front.focus/>
<#if front.sections?has_content>
<div class="section-blocks">
  <#list front.sections as block>
  <@sectionBlock.block item=block/>
  </#list>
</div>
</#if>
<section class="latest" aria-labelledby="latest-title">
<h2 class="list-title" id="latest-title">最新文章</h2>
<@articles.summaries posts=posts eager=0 heading="h3"/>
<@pager.nav pages=pagination/>
</section>
<#else>
<h1 class="list-title">最新文章</h1>
<@articles.summaries posts=posts/>
<@pager.nav pages=pagination/>
</#if>
</@layout.page>
