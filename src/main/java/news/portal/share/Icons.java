package news.portal.share;

import java.util.Map;

/**
 * The widget's icons: simple shapes drawn for this site on a 24×24 grid, one SVG path each, filled with
 * the text colour and the even-odd rule (inner shapes cut holes). They are path data rather than files
 * so that the page needs no image request and the template draws them with escaping on.
 */
final class Icons {

    private static final Map<String, String> PATHS = Map.ofEntries(
            // two speech bubbles, each with two eyes
            Map.entry("wechat", "M2 9.5a7 6 0 1 0 14 0a7 6 0 1 0-14 0z"
                    + "M10 15a6 5 0 1 0 12 0a6 5 0 1 0-12 0z"
                    + "M5.5 8a1 1 0 1 0 2 0a1 1 0 1 0-2 0zM10 8a1 1 0 1 0 2 0a1 1 0 1 0-2 0z"
                    + "M13 16.6a.9.9 0 1 0 1.8 0a.9.9 0 1 0-1.8 0zM17 16.6a.9.9 0 1 0 1.8 0a.9.9 0 1 0-1.8 0z"),
            // an eye
            Map.entry("weibo", "M2.5 14c0-3.6 4.6-7.5 9.2-7.5 4.3 0 8.3 2.8 8.3 6.5s-4.1 6.5-9 6.5S2.5 17.6 2.5 14z"
                    + "M8.5 14a2.6 2.6 0 1 0 5.2 0a2.6 2.6 0 1 0-5.2 0z"
                    + "M15.5 3.2c3.2-.6 6 2.2 5.3 5.4l-1.6-.4c.4-2-1.3-3.7-3.3-3.3z"),
            // a penguin
            Map.entry("qq", "M12 2C8.6 2 6 4.8 6 8.5v2c-1.5 2-2.5 4-2.5 5.5 0 .8.4 1 1 .5l1.5-1.5c.5 1.5 1.5 2.8 3 3.5"
                    + "-1 .5-1.5 1-1.5 1.5 0 .8 1.5 1 4.5 1s4.5-.2 4.5-1c0-.5-.5-1-1.5-1.5 1.5-.7 2.5-2 3-3.5l1.5 1.5"
                    + "c.6.5 1 .3 1-.5 0-1.5-1-3.5-2.5-5.5v-2C18 4.8 15.4 2 12 2z"
                    + "M9.2 7.8a1.1 1.4 0 1 0 2.2 0a1.1 1.4 0 1 0-2.2 0zM12.6 7.8a1.1 1.4 0 1 0 2.2 0a1.1 1.4 0 1 0-2.2 0z"),
            // a star
            Map.entry("qzone", "M12 2l2.9 6.3 6.9.8-5.1 4.7 1.4 6.8L12 17.2l-6.1 3.4 1.4-6.8-5.1-4.7 6.9-.8z"),
            // the character 豆, drawn in strokes
            Map.entry("douban", "M3 3h18v2H3zM5 7h14v7H5zM7.5 9v3h9V9zM7 15.5h2.2l1.8 3.5H8.8z"
                    + "M14.8 15.5H17l-1.8 3.5H13zM3 19.5h18v2H3z"),
            // a cross of one wide and one narrow stroke
            Map.entry("x", "M3.5 3h5l12 18h-5zM6.3 4.5h1.5l9.9 15h-1.5z"
                    + "M18.3 3h2.2l-6.6 7.5-1.1-1.6zM10.3 13.5l1.1 1.6L5.7 21H3.5z"),
            // a lower-case f
            Map.entry("facebook", "M13.5 22v-8h2.7l.4-3.2h-3.1V8.8c0-.9.3-1.6 1.6-1.6h1.7V4.3c-.3 0-1.3-.1-2.5-.1"
                    + "-2.5 0-4.2 1.5-4.2 4.3v2.3H7.3V14h2.8v8z"),
            // "in"
            Map.entry("linkedin", "M4 9h3.5v11H4zM3.75 5.5a2 2 0 1 0 4 0a2 2 0 1 0-4 0z"
                    + "M10 9h3.3v1.6c.5-.9 1.7-1.9 3.5-1.9 3.6 0 4.2 2.3 4.2 5.4V20h-3.5v-5.2c0-1.3 0-2.9-1.8-2.9"
                    + "s-2.1 1.4-2.1 2.8V20H10z"),
            // a paper plane
            Map.entry("telegram", "M2.5 11.5l18-7c.8-.3 1.5.2 1.3 1.3l-3 14.3c-.2 1-.9 1.3-1.7.8l-4.6-3.4-2.2 2.1"
                    + "c-.3.3-.5.4-1 .4l.3-4.7 8.6-7.8c.4-.3-.1-.5-.6-.2L7 13.9l-4.5-1.4c-1-.3-1-1 0-1z"),
            // a handset in a round speech bubble
            Map.entry("whatsapp", "M12 2a10 10 0 0 0-8.7 15L2 22l5.1-1.3A10 10 0 1 0 12 2z"
                    + "M12 4a8 8 0 1 1-4.1 14.9l-.3-.2-3 .8.8-2.9-.2-.3A8 8 0 0 1 12 4z"
                    + "M9 7.5c.3 0 .6 0 .8.5l1 2.2c.1.3 0 .5-.2.8l-.6.7c.8 1.5 2 2.6 3.5 3.4l.7-.8c.2-.3.5-.3.8-.2"
                    + "l2.1 1c.3.2.4.4.3.8-.2 1-1.1 1.8-2.1 1.8-3.5-.3-6.9-3.6-7.2-7.1 0-1 .8-2 1.8-2.2z"),
            // an envelope
            Map.entry("email", "M2 5h20v14H2zM4 8.2V17h16V8.2l-8 5.6zM5.6 7h12.8L12 11.5z"),
            // two sheets
            Map.entry("copy", "M8 8h12v13H8zM10 10v9h8v-9zM4 3h12v3.5h-2V5H6v10h.5v2H4z"),
            // three joined dots: the system share sheet
            Map.entry("system", "M15 5a3 3 0 1 0 6 0a3 3 0 1 0-6 0zM3 12a3 3 0 1 0 6 0a3 3 0 1 0-6 0z"
                    + "M15 19a3 3 0 1 0 6 0a3 3 0 1 0-6 0zM8.7 10.7l6.5-3.8.8 1.3-6.5 3.8zM8.7 13.3l.8-1.3 6.5 3.8-.8 1.3z"));

    private Icons() {
    }

    /** The path data of the icon for {@code id}: a service name or {@code system}. */
    static String path(String id) {
        String path = PATHS.get(id);
        if (path == null) {
            throw new IllegalArgumentException("no icon for " + id);
        }
        return path;
    }
}
