<#ftl output_format="HTML">
<#import "/partials/link.ftl" as link>
<#-- 字号 大 中 小: three radio buttons that size the article's text through CSS alone (article.css reads
     which is checked), so the switch works without the script; js/font-size.js only remembers the choice
     for the reader's next article. Arrow keys move between the sizes, as in any radio group. -->

<#macro switch>
<fieldset class="font-size" data-font-size>
  <legend class="font-size-legend">字号</legend>
  <#list [["large", "大"], ["medium", "中"], ["small", "小"]] as size>
  <input class="font-size-input" type="radio" name="font-size" id="font-size-${size[0]}" value="${size[0]}"<#if size[0] == "medium"> checked</#if>>
  <label class="font-size-label" for="font-size-${size[0]}">${size[1]}</label>
  </#list>
</fieldset>
<script src="${link.asset("js/font-size.js")}" defer></script>
</#macro>
