package news.portal.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.portal.share.ShareWidget;

/** The share widget's records as the {@code share} and {@code meta} maps templates read (docs/templates.md). */
final class ShareMaps {

    private ShareMaps() {
    }

    static Map<String, Object> share(ShareWidget.Share share) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("canonical", share.canonical());
        map.put("title", share.title());
        map.put("text", share.text());
        map.put("links", share.links().stream().map(ShareMaps::link).toList());
        share.qr().ifPresent(qr -> map.put("qr", Map.of("size", qr.size(), "path", qr.path(), "title", qr.title())));
        map.put("system", link(share.system()));
        map.put("labels", share.labels());
        return Collections.unmodifiableMap(map);
    }

    static Map<String, Object> meta(ShareWidget.Meta meta) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", meta.type());
        map.put("title", meta.title());
        map.put("description", meta.description());
        map.put("url", meta.url());
        meta.image().ifPresent(image -> map.put("image", image));
        map.put("image_alt", meta.imageAlt());
        meta.imageSize().ifPresent(size -> {
            map.put("image_width", size.width());
            map.put("image_height", size.height());
        });
        map.put("site_name", meta.siteName());
        map.put("locale", meta.locale());
        meta.published().ifPresent(time -> map.put("published_time", time));
        meta.modified().ifPresent(time -> map.put("modified_time", time));
        meta.section().ifPresent(section -> map.put("section", section));
        map.put("tags", List.copyOf(meta.tags()));
        map.put("twitter_card", meta.twitterCard());
        meta.jsonLd().ifPresent(json -> map.put("json_ld", json));
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, Object> link(ShareWidget.Link link) {
        return Map.of("id", link.id(), "kind", link.kind(), "label", link.label(), "url", link.url(),
                "icon", link.icon());
    }
}
