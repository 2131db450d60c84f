<#ftl output_format="HTML">
<#import "/partials/link.ftl" as link>

<#macro footer>
<#local year = site.build_year?c>
<footer class="site-footer">
  <div class="wrap">
    <p>© ${year} ${site.name} 版权所有</p>
    <#-- Standing pages (关于我们, 联系我们) are in no list or section: without this they can only be found
         through the sitemap. -->
    <#list published_pages>
    <nav class="site-pages" aria-label="本站信息">
      <ul>
        <#items as doc>
        <li><a href="${link.to(doc.uri)}">${doc.title}</a></li>
        </#items>
      </ul>
    </nav>
    </#list>
    <p><a href="${link.to(link.feedUri)}">RSS 订阅</a></p>
    <#if site.icp?has_content>
    <p><a href="https://beian.miit.gov.cn/" rel="noopener" target="_blank">${site.icp}</a></p>
    </#if>
  </div>
</footer>
</#macro>
