package news.portal.image;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import news.portal.config.SiteConfig;
import news.portal.problem.Language;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

/** The {@code image.*} keys, read once per bake into {@link Derivatives.Settings}. */
final class SettingsReader {

    private static final String FILE = "jbake.properties";
    /** Wider than any screen at DPR 3: a typo such as 19200 should not make 100-megapixel files. */
    private static final int MAX_WIDTH = 4096;
    /** Narrower than an icon: no photograph is shown this small. */
    private static final int MIN_WIDTH = 16;

    private final SiteConfig config;
    private final Language language;
    private final List<Problem> problems = new ArrayList<>();

    private SettingsReader(SiteConfig config) {
        this.config = config;
        this.language = Language.of(config.identity().language());
    }

    static Derivatives.Settings read(SiteConfig config) {
        SettingsReader reader = new SettingsReader(config);
        Derivatives.Settings settings = new Derivatives.Settings(
                config.flag("image.derivatives", config.conventions().portal()),
                reader.widths("image.widths", List.of(480, 800, 1280, 1920)),
                reader.widths("image.card.widths", List.of(240, 480, 800)),
                reader.quality("image.quality", 80),
                reader.quality("image.webp.quality", 80),
                reader.keep());
        if (!reader.problems.isEmpty()) {
            throw new ProblemException(reader.problems);
        }
        return settings;
    }

    private List<Integer> widths(String key, List<Integer> fallback) {
        List<String> values = values(key);
        if (values.isEmpty()) {
            return fallback;
        }
        List<Integer> widths = new ArrayList<>();
        for (String value : values) {
            try {
                int width = Integer.parseInt(value);
                if (width < MIN_WIDTH || width > MAX_WIDTH) {
                    problem(key, "宽度应在 " + MIN_WIDTH + " 到 " + MAX_WIDTH + " 像素之间，现在是 " + width,
                            "a width is " + MIN_WIDTH + " to " + MAX_WIDTH + " pixels, not " + width);
                } else {
                    widths.add(width);
                }
            } catch (NumberFormatException e) {
                problem(key, "应为用逗号分开的像素宽度，例如 480,800,1280，现在有“" + value + "”",
                        "expected pixel widths separated by commas, such as 480,800,1280; found \"" + value + "\"");
            }
        }
        return widths.isEmpty() ? fallback : widths;
    }

    private int quality(String key, int fallback) {
        List<String> values = values(key);
        if (values.isEmpty()) {
            return fallback;
        }
        try {
            int quality = Integer.parseInt(values.get(0));
            if (quality >= 1 && quality <= 100 && values.size() == 1) {
                return quality;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value as written
        }
        problem(key, "应为 1 到 100 的整数，现在是“" + String.join(",", values) + "”",
                "expected a whole number from 1 to 100; found \"" + String.join(",", values) + "\"");
        return fallback;
    }

    private Set<String> keep() {
        Set<String> keep = new LinkedHashSet<>();
        for (String value : values("image.keep")) {
            String field = Derivatives.Settings.KEEPABLE.stream()
                    .filter(name -> name.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
            if (field == null) {
                problem("image.keep", "只能保留 Artist 和 Copyright（作者和版权），不能保留“" + value
                                + "”：GPS 位置、相机序列号和厂商注释一律删除",
                        "only Artist and Copyright can be kept, not \"" + value
                                + "\": GPS positions, serial numbers and maker notes are always removed");
            } else {
                keep.add(field);
            }
        }
        return keep;
    }

    /** A key's values: JBake splits a value on commas into a list; the full-width comma counts too. */
    private List<String> values(String key) {
        Object value = config.raw().get(key.replace('.', '_'));
        if (value == null) {
            return List.of();
        }
        List<?> parts = value instanceof List<?> list ? list : List.of(value);
        List<String> values = new ArrayList<>();
        for (Object part : parts) {
            for (String piece : String.valueOf(part).split("[,，\\s]+")) {
                if (!piece.isBlank()) {
                    values.add(piece.strip());
                }
            }
        }
        return values;
    }

    private void problem(String key, String zh, String en) {
        problems.add(new Problem(FILE, config.lineOf(key), key, language.pick(zh, en)));
    }
}
