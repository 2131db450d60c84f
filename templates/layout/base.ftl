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
<#if noindex>
<meta name="robots" content="noindex">
</#if>
<link rel="canonical" href="${here.canonical}">
<#if .data_model.meta??>
<@socialMeta.tags meta=.data_model.meta/>
</#if>
<link rel="stylesheet" href="${link.asset("css/site.css")}">
<#list styles as style>
<link rel="stylesheet" href="${link.asset(style)}">
</#list>
<link rel="alternate" type="application/rss+xml" title="${site.name}" href="${link.to(link.feedUri)}">
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
