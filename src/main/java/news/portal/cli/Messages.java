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

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
