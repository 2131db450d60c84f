<#ftl output_format="HTML">
<#import "/partials/link.ftl" as link>

<#macro footer>
<#local built = (site.build_time_iso)!"">
<#local year = (built?length gte 4)?then(built[0..3], .now?string("yyyy"))>
<footer class="site-footer">
  <div class="wrap">
    <p>© ${year} ${site.name} 版权所有</p>
    <p><a href="${link.to(link.feedUri)}">RSS 订阅</a></p>
    <#if site.icp?has_content>
    <p><a href="https://beian.miit.gov.cn/" rel="noopener" target="_blank">${site.icp}</a></p>
    </#if>
  </div>
</footer>
</#macro>
