package news.portal.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import news.portal.content.Document;
import news.portal.content.Reading;
import news.portal.problem.Problem;

/**
 * Documents that want the same address. A bake refuses two equal {@code slug}s; two titles with the same
 * pinyin in one month (or a {@code slug} equal to an older article's file name) it settles quietly, the
 * newer getting {@code -2}, or the older moving when a newer {@code slug} claims its place. An editor
 * should hear of both before the site goes out.
 */
final class SlugCheck {

    private static final Comparator<Document> OLDEST_FIRST = Comparator
            .comparing(Document::date).thenComparing(Document::file);

    private final Reading reading;
    /** Every address wanted by more than one document, with those documents, oldest first. */
    private final Map<String, List<Document>> clashes = new LinkedHashMap<>();
    private final Map<String, Set<String>> clashingFiles = new HashMap<>();

    SlugCheck(Reading reading) {
        this.reading = reading;
        Map<String, List<Document>> claims = new LinkedHashMap<>();
        for (Document document : reading.documents()) {
            claims.computeIfAbsent(reading.wantedUri(document), u -> new ArrayList<>()).add(document);
        }
        claims.forEach((uri, documents) -> {
            if (documents.size() > 1) {
                List<Document> ordered = documents.stream().sorted(OLDEST_FIRST).toList();
                clashes.put(uri, ordered);
                Set<String> files = ordered.stream().map(reading::shown).collect(Collectors.toSet());
                files.forEach(file -> clashingFiles.put(file, files));
            }
        });
    }

    /** The files a problem concerns: a {@code slug} problem of the bake concerns every document of its clash. */
    Set<String> filesOf(Problem problem) {
        if (problem.field().equals("slug") && clashingFiles.containsKey(problem.file())) {
            return clashingFiles.get(problem.file());
        }
        return Set.of(problem.file());
    }

    /** Clashes the bake lets through, each reported on the newer documents; and names the site reserves. */
    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        clashes.forEach((uri, documents) -> {
            if (documents.stream().filter(d -> d.slug().isPresent()).count() > 1) {
                return; // the bake itself reports equal slugs, on every document that has one
            }
            Set<String> files = clashingFiles.get(reading.shown(documents.get(0)));
            for (Document document : documents.subList(1, documents.size())) {
                Optional<String> got = reading.uri(document);
                if (got.isEmpty()) {
                    continue; // the bake refused its slug and said why
                }
                String others = documents.stream().filter(d -> d != document).map(reading::shown)
                        .collect(Collectors.joining("、"));
                String message = got.get().equals(uri) && document.slug().isPresent()
                        ? "slug “" + document.slug().get() + "” 要用的地址 " + uri + " 原本属于更早的 " + others
                                + "，那篇会被挤到别的地址，已经发出去的链接就失效了。请换一个 slug"
                        : "地址重复：本文和 " + others + " 都要写到 " + uri + "，本文会被改到 " + got.get()
                                + "。请在文章头写一个不同的 slug（小写拼音或英文，用连字符连接）";
                findings.add(new Finding(new Problem(reading.shown(document), line(document), "slug", message), files));
            }
        });
        for (Document document : reading.documents()) {
            String wanted = reading.wantedUri(document);
            Optional<String> got = reading.uri(document);
            if (!clashes.containsKey(wanted) && got.isPresent() && !got.get().equals(wanted)) {
                findings.add(Finding.of(new Problem(reading.shown(document), line(document), "slug",
                        "地址 " + wanted + " 是站点保留的名字，本文会被改到 " + got.get() + "。请在文章头写一个 slug")));
            }
        }
        return findings;
    }

    /** The slug line when there is one; otherwise the title, whose pinyin made the address. */
    private static int line(Document document) {
        return document.slug().isPresent() ? document.lineOf("slug") : document.lineOf("title");
    }
}
