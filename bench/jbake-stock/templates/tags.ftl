<#include "header.ftl">
<#include "list.ftl">
<#-- JBake renders one page per tag, not paginated -->
<h1 class="list-title">标签：${tag}</h1>
<p class="list-intro">共 ${tag_posts?size} 篇文章</p>
<@posts list=tag_posts/>
<#include "footer.ftl">
