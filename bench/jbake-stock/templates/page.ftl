<#include "header.ftl">
<article class="page">
  <h1 class="page-title">${content.title?html}</h1>
  <div class="prose">
${content.body}
  </div>
</article>
<#include "footer.ftl">
