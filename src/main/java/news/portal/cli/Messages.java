package news.portal.cli;

import news.portal.problem.Language;

/** What the commands themselves say, in the site's language: all of this package's text for people is here. */
record Messages(Language language) {

    String error(String message) {
        return language.pick("错误：", "error: ") + message;
    }

    String threads(int threads) {
        return language.pick("错误：--threads 至少是 1，不能是 " + threads + "；不写 --threads 则按 render.threads 或处理器核数",
                "error: --threads must be at least 1, not " + threads + "; without --threads, render.threads or one per core");
    }

    String cacheOptions() {
        return language.pick("错误：--cache 和 --no-cache 只能选一个", "error: --cache and --no-cache cannot go together");
    }

    String cannotWrite(String message, String cause) {
        return language.pick("错误：" + message + "：" + cause, "error: " + message + ": " + cause);
    }

    String notBaked() {
        return language.pick("网站没有生成，原有输出未改动。", "The site was not baked; the old output is as it was.");
    }

    String bakeProblems(int problems) {
        return language.pick("共 " + problems + " 个问题，网站没有生成，原有输出未改动。",
                count(problems, "problem") + "; the site was not baked, the old output is as it was.");
    }

    String previewAt(String url) {
        return language.pick("预览地址：" + url, "preview at " + url);
    }

    String usageProblems(int problems) {
        return language.pick("共 " + problems + " 个用法问题，没有部署任何文件。",
                count(problems, "usage problem") + "; nothing was deployed.");
    }

    String bakingFirst(String reason) {
        return language.pick("先生成网站：" + reason, "baking first: " + reason);
    }

    String bakingFirstDryRun(String reason) {
        return language.pick("先把网站生成到临时文件夹（试运行）：" + reason,
                "baking first, into a temporary folder (dry run): " + reason);
    }

    String failed(String failure) {
        return language.pick("失败：" + failure, "failed: " + failure);
    }

    String deployProblems(int problems) {
        return language.pick("共 " + problems + " 个问题，没有部署任何文件。", count(problems, "problem") + "; nothing was deployed.");
    }

    String noScratch(String cause) {
        return language.pick("失败：无法为试运行建临时文件夹：" + cause + "；没有部署任何文件。",
                "failed: cannot make a temporary folder for the dry run: " + cause + "; nothing was deployed.");
    }

    String ioFailed(String message, String cause) {
        return language.pick("失败：" + message + "：" + cause + "；没有部署任何文件。",
                "failed: " + message + ": " + cause + "; nothing was deployed.");
    }

    // check

    String checkNotRun(boolean read) {
        return read ? language.pick("站点配置有问题，没有检查文章。", "The site's configuration has problems; no article was checked.")
                : language.pick("读不到暂存区，没有检查文章。", "Cannot read what git has staged; no article was checked.");
    }

    String checkScope(int named, int files) {
        return named == 0 ? language.pick("全站 " + files + " 篇文章和页面", "all " + files + " articles and pages")
                : language.pick(named + " 个文件（读了全站 " + files + " 篇文章和页面核对地址和链接）",
                        count(named, "file") + " (all " + files + " articles and pages read for addresses and links)");
    }

    String checkPassed(String scope, String seconds) {
        return language.pick("检查通过：" + scope + "，没有问题（" + seconds + " 秒）。",
                "Check passed: " + scope + ", no problems (" + seconds + " s).");
    }

    String checkFailed(int problems, String scope, String seconds) {
        return language.pick("共 " + problems + " 个问题：" + scope + "（" + seconds + " 秒）。",
                count(problems, "problem") + ": " + scope + " (" + seconds + " s).");
    }

    // new

    String created() {
        return language.pick("已创建草稿（draft: true）。写完后删除 draft 这一行，提交即可发布。",
                "Draft created (draft: true). When it is done, delete the draft line and commit to publish it.");
    }

    // list

    String nothingPending(boolean drafts, boolean scheduled) {
        return drafts && scheduled ? language.pick("没有草稿，也没有定时发布的文章。", "No drafts and no scheduled articles.")
                : drafts ? language.pick("没有草稿。", "No drafts.") : language.pick("没有定时发布的文章。", "No scheduled articles.");
    }

    Table pendingTable() {
        return language == Language.ZH ? new Table("状态", "日期", "距上线", "标题", "文件")
                : new Table("status", "date", "live in", "title", "file");
    }

    String draft() {
        return language.pick("草稿", "draft");
    }

    String scheduled() {
        return language.pick("定时发布", "scheduled");
    }

    String pendingSummary(long scheduled, long drafts, String zone) {
        return language.pick("共 " + scheduled + " 篇定时发布、" + drafts + " 篇草稿；时间为 " + zone
                        + "。定时发布的文章在日期到达后的下一次发布时上线（CI 每 15 分钟一次），草稿删除 draft: true 并提交后上线。",
                scheduled + " scheduled, " + drafts + (drafts == 1 ? " draft" : " drafts") + "; times in " + zone
                        + ". A scheduled article goes live with the first publish after its date (CI publishes every"
                        + " 15 minutes), a draft once draft: true is deleted and committed.");
    }

    String unlisted(int problems) {
        return language.pick(problems + " 个问题使部分文件没有列出，请运行 check 查看。",
                count(problems, "problem") + " kept some files out of the list: run check to see them.");
    }

    /** 3 天 4 小时, 2 小时 5 分钟, 12 分钟: enough to plan by. */
    String until(long days, long hours, long minutes) {
        if (days > 0) {
            return language.pick(days + " 天" + (hours > 0 ? " " + hours + " 小时" : ""),
                    days + " d" + (hours > 0 ? " " + hours + " h" : ""));
        }
        return hours > 0 ? language.pick(hours + " 小时 " + minutes + " 分钟", hours + " h " + minutes + " min")
                : language.pick(Math.max(1, minutes) + " 分钟", Math.max(1, minutes) + " min");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
