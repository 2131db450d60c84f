package news.portal.deploy;

import java.nio.file.Path;

import news.portal.problem.Language;

/**
 * What a deploy says, in the site's language: all of this package's text for people is here, except the
 * English names of phases and reasons, which their enums keep ({@link Phase#label()}, {@link Plan.Reason#label()}).
 */
record Messages(Language language) {

    private boolean zh() {
        return language == Language.ZH;
    }

    // configuration (DeployConfig)

    String commandLine() {
        return language.pick("命令行", "command line");
    }

    String noTarget() {
        return language.pick("没有说部署到哪里：请用 --target s3://存储桶/前缀，或在 jbake.properties 里写 deploy.target",
                "say where to deploy: --target s3://BUCKET/PREFIX, or deploy.target in jbake.properties");
    }

    String badTarget(String value) {
        return language.pick("应为 s3://存储桶 或 s3://存储桶/前缀，存储桶名用小写字母，现在是“" + value + "”",
                "should be s3://BUCKET or s3://BUCKET/PREFIX with a lower-case bucket name, not \"" + value + "\"");
    }

    String badEndpoint(String value) {
        return language.pick("应为 https://oss-cn-hangzhou.aliyuncs.com 这样的网址，现在是“" + value + "”",
                "should be a URL like https://oss-cn-hangzhou.aliyuncs.com, not \"" + value + "\"");
    }

    String badHeader() {
        return language.pick("应为 Cache-Control 的值，如“public, max-age=3600”",
                "should be a Cache-Control value such as \"public, max-age=3600\"");
    }

    String notBoolean(String value) {
        return language.pick("应为 true 或 false，现在是“" + value + "”", "should be true or false, not \"" + value + "\"");
    }

    String notWholeNumber(String value) {
        return language.pick("应为整数，现在是“" + value + "”", "should be a whole number, not \"" + value + "\"");
    }

    String outOfRange(int low, int high, int value) {
        return language.pick("应在 " + low + " 到 " + high + " 之间，现在是 " + value,
                "must be between " + low + " and " + high + ", not " + value);
    }

    String notNegative(int value) {
        return language.pick("不能为负数，现在是 " + value, "must be 0 or more, not " + value);
    }

    String seconds(int value) {
        return language.pick("应为 1 到 600 之间的秒数，现在是 " + value, "should be 1 to 600 seconds, not " + value);
    }

    // the run (Deployer, Bucket, Freshness)

    String stateName() {
        return language.pick("这个文件名是部署记录自己用的：请给文件改名", "this name is the deploy's own record: rename the file");
    }

    String deploying(int files, Path output, DeployConfig.Target target) {
        return language.pick(String.format("部署 %d 个文件：%s → %s", files, output, target),
                String.format("deploying %d files from %s to %s", files, output, target));
    }

    String plan(int uploads, long bytes, int unchanged, int stale) {
        return language.pick(String.format("要上传 %d 个（%s），%d 个没有变，%d 个已过时", uploads, size(bytes), unchanged, stale),
                String.format("%d to upload (%s), %d unchanged, %d stale", uploads, size(bytes), unchanged, stale));
    }

    String cannotRead(DeployConfig.Target target, String reason) {
        return language.pick("无法读取 " + target + "：" + reason, "cannot read " + target + ": " + reason);
    }

    String noCredentials() {
        return language.pick("没有找到 AWS 凭证：请设置环境变量 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY，"
                        + "或用 AWS_PROFILE 选 ~/.aws/credentials 里的一组；没有部署任何文件",
                "no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or choose a profile of"
                        + " ~/.aws/credentials with AWS_PROFILE; nothing was deployed");
    }

    String stopped(Phase phase) {
        return language.pick("已停止：“" + phase(phase) + "”没有完成，所以后面的阶段没有开始，也没有删除任何对象",
                "stopped: " + phase.label() + " did not complete, so no later phase was started and nothing was deleted");
    }

    String kept(int stale) {
        return language.pick("保留了 " + stale + " 个过时的对象（--no-delete）", "kept " + stale + " stale objects (--no-delete)");
    }

    String refused(int stale, DeployConfig.Target target, int maxDeletes) {
        return language.pick(String.format("拒绝删除 %s 下 %d 个过时的对象：多于 --max-deletes %d，所以一个也没有删。"
                        + "如果网站确实少了这么多文件，请加 --max-deletes %d 再运行一次", target, stale, maxDeletes, stale),
                String.format("refused to delete %d stale objects under %s: more than --max-deletes %d. Nothing was"
                        + " deleted. If the site really lost that many files, run again with --max-deletes %d",
                        stale, target, maxDeletes, stale));
    }

    String wouldUpload(Plan.Upload upload) {
        return language.pick(String.format("将上传  %s  %s  %s", reason(upload.reason()), phase(upload.phase()), upload.file().key()),
                String.format("would upload  %-16s %-17s %s", upload.reason().label(), upload.phase().label(), upload.file().key()));
    }

    String wouldDelete(String key) {
        return language.pick("将删除  " + reason(Plan.Reason.STALE) + "  " + key,
                String.format("would delete  %-16s %-17s %s", Plan.Reason.STALE.label(), "", key));
    }

    String wouldRefuse(int stale, int maxDeletes) {
        return language.pick(String.format("将拒绝删除 %d 个过时的对象：多于 --max-deletes %d", stale, maxDeletes),
                String.format("would refuse to delete %d stale objects: more than --max-deletes %d", stale, maxDeletes));
    }

    String dryRun(int uploads, long bytes, int unchanged, int deletes) {
        return language.pick(String.format("试运行：将上传 %d 个（%s），%d 个没有变，将删除 %d 个；什么也没有改动",
                        uploads, size(bytes), unchanged, deletes),
                String.format("dry run: would upload %d (%s), %d unchanged, would delete %d; nothing was changed",
                        uploads, size(bytes), unchanged, deletes));
    }

    String uploading(Phase phase, int count) {
        return language.pick(String.format("%s：上传 %d 个", phase(phase), count),
                String.format("%s: uploading %d", phase.label(), count));
    }

    String uploadFailed(String key, String reason) {
        return language.pick(key + "：上传失败：" + reason, key + ": upload failed: " + reason);
    }

    String notAttempted(int count, Phase phase) {
        return language.pick(String.format("第一个失败之后，“%s”还有 %d 个没有上传", phase(phase), count),
                String.format("%d uploads of %s were not attempted after the first failure", count, phase.label()));
    }

    String phaseDone(Phase phase, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return language.pick(String.format("%s：完成，用时 %.1f 秒", phase(phase), seconds),
                String.format("%s: done in %.1f s", phase.label(), seconds));
    }

    String deleted(String key) {
        return language.pick("已删除 " + key, "deleted " + key);
    }

    String deleteFailed(String key, String reason) {
        return language.pick(key + "：删除失败：" + reason, key + ": delete failed: " + reason);
    }

    String cannotRecord(String stateKey, String reason) {
        return language.pick(stateKey + "：无法记下这次部署（下一次会用 HEAD 逐个核对对象）：" + reason,
                stateKey + ": cannot record this deploy (the next one will check objects with HEAD): " + reason);
    }

    String failed(String seconds, int failures, int uploaded, long bytes, int deleted) {
        return language.pick(String.format("部署失败，用时 %s：%d 处失败；上传了 %d 个（%s），删除了 %d 个",
                        seconds, failures, uploaded, size(bytes), deleted),
                String.format("deploy FAILED after %s: %d failures; uploaded %d (%s), deleted %d",
                        seconds, failures, uploaded, size(bytes), deleted));
    }

    String nothingChanged(int unchanged, int deleted, String seconds) {
        return language.pick(String.format("没有变化：上传 0 个，%d 个没有变，删除了 %d 个，用时 %s", unchanged, deleted, seconds),
                String.format("nothing changed: uploaded 0, %d unchanged, deleted %d, in %s", unchanged, deleted, seconds));
    }

    String uploaded(int uploaded, long bytes, int unchanged, int deleted, String seconds) {
        return language.pick(String.format("上传了 %d 个（%s），%d 个没有变，删除了 %d 个，用时 %s",
                        uploaded, size(bytes), unchanged, deleted, seconds),
                String.format("uploaded %d (%s), %d unchanged, deleted %d, in %s",
                        uploaded, size(bytes), unchanged, deleted, seconds));
    }

    String seconds(java.time.Duration elapsed) {
        double seconds = elapsed.toNanos() / 1e9;
        return language.pick(String.format("%.1f 秒", seconds), String.format("%.1f s", seconds));
    }

    String connectTimeout(long seconds) {
        return language.pick("存储服务 " + seconds + " 秒内没有接受连接（deploy.connect_timeout）：请检查 --endpoint 的地址和端口，以及网络",
                "the store did not accept a connection within " + seconds + " s (deploy.connect_timeout): check the"
                        + " address and port of --endpoint, and the network");
    }

    String readTimeout(long seconds) {
        return language.pick("存储服务 " + seconds + " 秒内没有应答（deploy.read_timeout）：请检查 --endpoint 是不是 S3 兼容的存储服务；"
                        + "网络很慢时可以调大 deploy.read_timeout",
                "the store did not answer within " + seconds + " s (deploy.read_timeout): check that --endpoint is an"
                        + " S3-compatible store; on a slow network raise deploy.read_timeout");
    }

    String noBake(Path output) {
        return language.pick(output + " 里没有生成好的网站", "there is no baked site in " + output);
    }

    String emptyBake(Path output) {
        return language.pick(output + " 是空的", output + " is empty");
    }

    String changedSince(Path source) {
        return language.pick(source + " 在上次生成之后改过", source + " changed after the last bake");
    }

    String cannotReadFile(Path path) {
        return language.pick("无法读取 " + path, "cannot read " + path);
    }

    /** A phase as the plan names it. */
    String phase(Phase phase) {
        if (!zh()) {
            return phase.label();
        }
        return switch (phase) {
            case ASSETS -> "资源文件";
            case NEW_PAGES -> "新页面";
            case ARTICLES -> "文章";
            case SEARCH -> "搜索索引清单";
            case LISTINGS -> "列表页";
            case FRONT -> "首页";
            case FEEDS -> "订阅和站点地图";
        };
    }

    /** Why a file is uploaded or an object deleted. */
    String reason(Plan.Reason reason) {
        if (!zh()) {
            return reason.label();
        }
        return switch (reason) {
            case NEW -> "新文件";
            case CONTENT -> "内容有变";
            case METADATA -> "元数据有变";
            case FORCED -> "强制上传";
            case STALE -> "已过时";
        };
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
