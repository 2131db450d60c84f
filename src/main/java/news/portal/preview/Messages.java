package news.portal.preview;

import news.portal.problem.Language;

/** What the preview says, in the site's language: all of this package's text for people is here. */
record Messages(Language language) {

    String built(boolean full, int written, int removed, long millis) {
        return full
                ? language.pick(String.format("已重新生成：写出 %d 个页面，删除 %d 个，用时 %d 毫秒", written, removed, millis),
                        String.format("rebuilt: %d pages written, %d removed in %d ms", written, removed, millis))
                : language.pick(String.format("已更新：写出 %d 个页面，删除 %d 个，用时 %d 毫秒", written, removed, millis),
                        String.format("updated: %d pages written, %d removed in %d ms", written, removed, millis));
    }

    String warning(String problem) {
        return language.pick("警告：", "warning: ") + problem;
    }

    String failed(int problems) {
        return language.pick(problems + " 个问题；预览仍显示上一次成功生成的网站",
                problems + (problems == 1 ? " problem" : " problems") + "; the preview still shows the last site built");
    }

    String portBusy(String bind, int port) {
        return language.pick("端口 " + port + " 已被占用（" + bind + ":" + port + "），预览没有启动：请用 --port 换一个端口"
                        + "（--port 0 表示任选一个空闲端口），或先关掉占用它的程序",
                "port " + port + " is in use (" + bind + ":" + port + "), so the preview did not start: choose another"
                        + " with --port (--port 0 takes any free one), or stop the program that holds it");
    }

    String cannotStart(String bind, int port) {
        return language.pick("预览服务器无法在 " + bind + ":" + port + " 启动",
                "cannot start the preview server on " + bind + ":" + port);
    }

    /** The page of a missing file when the site has no 404 page of its own. */
    String notFoundPage() {
        return language.pick(
                "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>404</title><body><p>页面不存在。</p></body></html>",
                "<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\"><title>404</title><body><p>This page does not exist.</p></body></html>");
    }

    /**
     * The page of every request while the first build runs. It asks again every two seconds by itself, and
     * the injected script reloads it as soon as the build says it is done.
     */
    String buildingPage() {
        return language.pick(
                "<!DOCTYPE html><html lang=\"zh-CN\" data-preview-building><meta charset=\"utf-8\">"
                        + "<meta http-equiv=\"refresh\" content=\"" + FileHandler.RETRY_SECONDS + "\">"
                        + "<title>正在生成…</title><body><p>正在生成网站，完成后本页会自动刷新…</p></body></html>",
                "<!DOCTYPE html><html lang=\"en\" data-preview-building><meta charset=\"utf-8\">"
                        + "<meta http-equiv=\"refresh\" content=\"" + FileHandler.RETRY_SECONDS + "\">"
                        + "<title>Building…</title><body><p>Building the site; this page reloads when it is done…</p></body></html>");
    }
}
