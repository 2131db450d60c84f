package news.portal.bake;

import java.nio.file.Path;

import news.portal.problem.Language;

/** The bake's progress lines, in the site's language: all of this package's text for people is here. */
record Messages(Language language) {

    String read(int articles, int pages, long startNanos) {
        return language.pick(
                String.format("读取了 %d 篇文章和 %d 个页面，用时 %s", articles, pages, seconds(startNanos)),
                String.format("read %d articles and %d pages in %s", articles, pages, seconds(startNanos)));
    }

    String warnings(int count) {
        return language.pick(
                "警告：以上 " + count + " 处问题（图片找不到、HTML 标签没有闭合、不安全的 HTML 或控制字符已删除）不影响生成，"
                        + "网站照常写出，但这些页面显示得不对，请修改",
                "warning: the " + count + (count == 1 ? " problem" : " problems") + " above (a missing image, an"
                        + " unclosed HTML tag, unsafe HTML or control characters removed) did not stop the bake and the"
                        + " site was written, but those pages show wrongly: please fix them");
    }

    String writing(int pages, long startNanos) {
        return language.pick(String.format("已写出 %d 个页面（%s）", pages, seconds(startNanos)),
                String.format("wrote %d pages (%s)", pages, seconds(startNanos)));
    }

    String indexed(int articles, double seconds, int shards, int files, double megabytes) {
        return language.pick(
                String.format("为搜索索引了 %d 篇文章，用时 %.1f 秒：%d 个分片，%d 个文件，%.1f MB", articles, seconds, shards,
                        files, megabytes),
                String.format("indexed %d articles for search in %.1f s: %d shards, %d files, %.1f MB", articles, seconds,
                        shards, files, megabytes));
    }

    String wrote(int pages, int copied, Path target, long startNanos) {
        return language.pick(
                String.format("写出 %d 个页面、复制 %d 个文件到 %s，用时 %s", pages, copied, target, seconds(startNanos)),
                String.format("wrote %d pages and copied %d files to %s in %s", pages, copied, target, seconds(startNanos)));
    }

    String cannotWrite(Path target) {
        return language.pick("无法写出网站到 " + target, "cannot write the site to " + target);
    }

    String cannotWritePreview(Path out) {
        return language.pick("无法写出预览网站到 " + out, "cannot write the preview site to " + out);
    }

    String cacheSetAside(Path file, Path aside, String why) {
        return language.pick("构建缓存 " + file + " 无法使用（" + why + "），已移到 " + aside + "，这次完整生成",
                "the build cache " + file + " cannot be used (" + why + "); moved to " + aside + ", baking everything");
    }

    String cacheNotSaved(Path folder, String why) {
        return language.pick("网站已生成，但构建缓存没能写入 " + folder + "（" + why + "），下次将完整生成",
                "the site is baked, but the build cache could not be written to " + folder + " (" + why
                        + "); the next bake bakes everything");
    }

    String reused(int rendered, int reused) {
        return language.pick(String.format("渲染 %d 个页面，沿用上次的 %d 个", rendered, reused),
                String.format("rendered %d pages, kept %d from the last bake", rendered, reused));
    }

    private String seconds(long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return language.pick(String.format("%.1f 秒", seconds), String.format("%.1f s", seconds));
    }
}
