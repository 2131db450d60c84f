</main>
<footer class="site-footer"><div class="wrap">
<p>© ${.now?string("yyyy")} ${config.site_name} 版权所有</p>
<p><a href="${content.rootpath}${config.feed_file}">RSS 订阅</a></p>
</div></footer>
</body>
</html>
