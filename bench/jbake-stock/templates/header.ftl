<#-- shared page head; content.rootpath is "", "../" … as JBake sets it -->
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if (content.title)??>${content.title?html} — </#if>${config.site_name}</title>
<link rel="stylesheet" href="${content.rootpath}css/site.css">
<link rel="alternate" type="application/rss+xml" title="${config.site_name}" href="${content.rootpath}${config.feed_file}">
</head>
<body>
<header class="site-header"><div class="wrap"><a class="site-name" href="${content.rootpath}index.html">${config.site_name}</a>
<p class="site-tagline">${config.site_description}</p></div></header>
<nav class="site-nav"><ul class="wrap">
  <li><a href="${content.rootpath}index.html">首页</a></li>
  <li><a href="${content.rootpath}${config.archive_file}">归档</a></li>
</ul></nav>
<main id="main" class="wrap">
