package news.portal.share;

import java.util.Locale;
import java.util.Map;

/**
 * Every text the widget shows or a screen reader reads, in the languages the portal can be set to. All
 * wording lives here so that an editor changes it in one place; the script reads its two messages from
 * the page rather than keeping its own.
 */
final class Labels {

    /** Simplified Chinese, the default: {@code zh-CN}, {@code zh}, {@code zh-Hans}, and any language not listed. */
    private static final Map<String, String> SIMPLIFIED = Map.ofEntries(
            Map.entry("heading", "分享到:"),
            Map.entry("region", "分享"),
            Map.entry("wechat", "微信"),
            Map.entry("weibo", "微博"),
            Map.entry("qq", "QQ"),
            Map.entry("qzone", "QQ空间"),
            Map.entry("douban", "豆瓣"),
            Map.entry("x", "X"),
            Map.entry("facebook", "Facebook"),
            Map.entry("linkedin", "LinkedIn"),
            Map.entry("telegram", "Telegram"),
            Map.entry("whatsapp", "WhatsApp"),
            Map.entry("email", "邮件"),
            Map.entry("copy", "复制链接"),
            Map.entry("system", "更多分享方式"),
            Map.entry("show_qr", "（显示二维码）"),
            Map.entry("wechat_hint", "微信扫一扫：分享"),
            Map.entry("qr_title", "本文链接的二维码"),
            Map.entry("new_window", "（在新窗口打开）"),
            Map.entry("copied", "链接已复制"),
            Map.entry("copy_failed", "无法自动复制，请长按或右键复制链接"));

    /** Traditional Chinese: {@code zh-TW}, {@code zh-HK}, {@code zh-MO}, {@code zh-Hant}. */
    private static final Map<String, String> TRADITIONAL = Map.ofEntries(
            Map.entry("heading", "分享到:"),
            Map.entry("region", "分享"),
            Map.entry("wechat", "微信"),
            Map.entry("weibo", "微博"),
            Map.entry("qq", "QQ"),
            Map.entry("qzone", "QQ空間"),
            Map.entry("douban", "豆瓣"),
            Map.entry("x", "X"),
            Map.entry("facebook", "Facebook"),
            Map.entry("linkedin", "LinkedIn"),
            Map.entry("telegram", "Telegram"),
            Map.entry("whatsapp", "WhatsApp"),
            Map.entry("email", "電郵"),
            Map.entry("copy", "複製連結"),
            Map.entry("system", "更多分享方式"),
            Map.entry("show_qr", "（顯示 QR 碼）"),
            Map.entry("wechat_hint", "微信掃一掃：分享"),
            Map.entry("qr_title", "本文連結的 QR 碼"),
            Map.entry("new_window", "（在新視窗開啟）"),
            Map.entry("copied", "連結已複製"),
            Map.entry("copy_failed", "無法自動複製，請長按或按右鍵複製連結"));

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("heading", "Share:"),
            Map.entry("region", "Share"),
            Map.entry("wechat", "WeChat"),
            Map.entry("weibo", "Weibo"),
            Map.entry("qq", "QQ"),
            Map.entry("qzone", "Qzone"),
            Map.entry("douban", "Douban"),
            Map.entry("x", "X"),
            Map.entry("facebook", "Facebook"),
            Map.entry("linkedin", "LinkedIn"),
            Map.entry("telegram", "Telegram"),
            Map.entry("whatsapp", "WhatsApp"),
            Map.entry("email", "Email"),
            Map.entry("copy", "Copy link"),
            Map.entry("system", "More ways to share"),
            Map.entry("show_qr", " (show QR code)"),
            Map.entry("wechat_hint", "Scan with WeChat to share"),
            Map.entry("qr_title", "QR code of this article's link"),
            Map.entry("new_window", " (opens in a new tab)"),
            Map.entry("copied", "Link copied"),
            Map.entry("copy_failed", "Could not copy: press and hold, or right-click, to copy the link"));

    private Labels() {
    }

    /** The texts for a site language such as {@code zh-CN} ({@code site.language}). */
    static Map<String, String> of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        String language = locale.getLanguage();
        if (language.equals("en")) {
            return ENGLISH;
        }
        if (language.equals("zh")) {
            String script = locale.getScript();
            String region = locale.getCountry();
            boolean traditional = script.equals("Hant")
                    || (script.isEmpty() && (region.equals("TW") || region.equals("HK") || region.equals("MO")));
            return traditional ? TRADITIONAL : SIMPLIFIED;
        }
        return SIMPLIFIED;
    }
}
