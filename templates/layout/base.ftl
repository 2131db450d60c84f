<#ftl output_format="HTML">
<#import "/partials/link.ftl" as link>
<#import "/partials/site-header.ftl" as siteHeader>
<#import "/partials/site-nav.ftl" as siteNav>
<#import "/partials/site-footer.ftl" as siteFooter>
<#import "/partials/social-meta.ftl" as socialMeta>

<#-- Inside this file "page" names the macro below, so the model's page is read through .data_model;
     so is "meta" (social metadata, on article and page pages), which a page template may use as an import name. -->
<#macro page title="" description="" styles=[] noindex=false>
<#local here = .data_model.page>
<#local ownTitle = title?has_content?then(title, here.title!"")>
<#local summary = description?has_content?then(description, site.description!"")>
<!DOCTYPE html>
<html lang="${site.language!"zh-CN"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if ownTitle?has_content>${ownTitle} — </#if>${site.name}</title>
<#if summary?has_content>
<meta name="description" content="${summary}">
</#if>
<#if noindex || (.data_model.noindex!false)>
<#-- later pages of a list: not worth a search result, but their links are still followed -->
<meta name="robots" content="noindex, follow">
</#if>
<#if !noindex>
<#-- the 404 page stands in for any address: it has no address of its own to name -->
<link rel="canonical" href="${here.canonical}">
</#if>
<#if .data_model.pagination??>
<#local pagination = .data_model.pagination>
<#if pagination.prev_uri??>
<link rel="prev" href="${link.to(pagination.prev_uri)}">
</#if>
<#if pagination.next_uri??>
<link rel="next" href="${link.to(pagination.next_uri)}">
</#if>
</#if>
<#if here.uri == link.indexFile>
<#if site.baidu_verification?has_content>
<meta name="baidu-site-verification" content="${site.baidu_verification}">
</#if>
<#if site.google_verification?has_content>
<meta name="google-site-verification" content="${site.google_verification}">
</#if>
</#if>
<#if .data_model.meta??>
<@socialMeta.tags meta=.data_model.meta/>
</#if>
<link rel="stylesheet" href="${link.asset("css/site.css")}">
<#list styles as style>
<link rel="stylesheet" href="${link.asset(style)}">
</#list>
<#if .data_model.term_feed??>
<link rel="alternate" type="application/rss+xml" title="${.data_model.term_feed.title}" href="${link.to(.data_model.term_feed.uri)}">
</#if>
<#if site.feeds>
<link rel="alternate" type="application/rss+xml" title="${site.name}" href="${link.to(link.feedUri)}">
<link rel="alternate" type="application/atom+xml" title="${site.name}（Atom）" href="${link.to(site.atom_file)}">
</#if>
</head>
<body class="kind-${here.kind?replace("_", "-")}">
<a class="skip-link" href="#main">跳到正文</a>
<@siteHeader.header/>
<@siteNav.nav/>
<main id="main" class="wrap">
<#nested>
</main>
<@siteFooter.footer/>
</body>
</html>
</#macro>
