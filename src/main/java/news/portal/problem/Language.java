package news.portal.problem;

import java.util.Locale;

/**
 * The language every message for editors is written in: Chinese for a site whose {@code site.language}
 * starts with {@code zh} (the portal's default), English for any other. Each package keeps its own
 * message text in one place and picks the variant with {@link #pick(String, String)}.
 */
public enum Language {
    /** 中文. */
    ZH,
    /** English. */
    EN;

    /** The language for a BCP 47 tag such as {@code zh-CN} or {@code en}: Chinese for {@code zh…}, else English. */
    public static Language of(String languageTag) {
        return languageTag != null && languageTag.strip().toLowerCase(Locale.ROOT).matches("zh([-_].*)?") ? ZH : EN;
    }

    /** The language of this JVM's locale, for messages given before any site is read. */
    public static Language ofJvm() {
        return of(Locale.getDefault().toLanguageTag());
    }

    /** {@code zh} in Chinese, {@code en} otherwise. */
    public String pick(String zh, String en) {
        return this == ZH ? zh : en;
    }

    /** The locale its messages are formatted in. */
    public Locale locale() {
        return this == ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
