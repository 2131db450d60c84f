<#ftl output_format="HTML">
<#import "/partials/link.ftl" as link>
<#-- The 分享到 widget. Every link is complete without JavaScript; js/share.js only copies the link,
     opens the system share sheet, closes the QR panel with Escape and hides it inside WeChat. -->

<#macro widget share>
<#if share.links?has_content>
<#local labels = share.labels>
<section class="share" aria-label="${labels.region}" data-share data-title="${share.title}" data-text="${share.text}"
    data-url="${share.canonical}" data-copied="${labels.copied}" data-copy-failed="${labels.copy_failed}">
  <h2 class="share-heading">${labels.heading}</h2>
  <ul class="share-list">
    <#list share.links as item>
    <li class="share-item share-${item.id}">
      <#if item.kind == "qr" && share.qr??>
      <details class="share-wechat-panel" data-share-wechat>
        <summary class="share-link"><@icon item.icon/>${item.label}<span class="visually-hidden">${labels.show_qr}</span></summary>
        <div class="share-qr">
          <@qr share.qr/>
          <p class="share-qr-hint">${labels.wechat_hint}</p>
        </div>
      </details>
      <#elseif item.kind == "web">
      <a class="share-link" href="${item.url}" target="_blank" rel="noopener noreferrer nofollow"><@icon item.icon/>${item.label}<span class="visually-hidden">${labels.new_window}</span></a>
      <#elseif item.kind == "copy">
      <a class="share-link" href="${item.url}" data-share-copy><@icon item.icon/>${item.label}</a>
      <#elseif item.kind == "mail">
      <a class="share-link" href="${item.url}"><@icon item.icon/>${item.label}</a>
      </#if>
    </li>
    </#list>
    <li class="share-item share-system" hidden>
      <button class="share-link" type="button" data-share-system><@icon share.system.icon/>${share.system.label}</button>
    </li>
  </ul>
  <p class="share-status" role="status" aria-live="polite" data-share-status></p>
</section>
<script src="${link.to("js/share.js")}" defer></script>
</#if>
</#macro>

<#macro icon path>
<svg class="share-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path fill-rule="evenodd" d="${path}"/></svg><#t>
</#macro>

<#-- Drawn at bake time from the canonical URL; the quiet zone is part of the viewBox. -->
<#macro qr code>
<svg class="share-qr-code" viewBox="0 0 ${code.size?c} ${code.size?c}" width="160" height="160" role="img" shape-rendering="crispEdges"><title>${code.title}</title><path d="${code.path}"/></svg><#t>
</#macro>
