package news.portal.jbake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a JBake template gets as {@code db}: the read-only questions JBake templates ask its ContentStore
 * ({@code db.getPublishedPostsByTag(tag)}, {@code db.getPublishedContent("paper")} …), answered from the
 * in-memory model of the bake. It is never a database, and nothing can be changed through it. Lists are
 * newest first, as JBake's queries order them; drafts are never part of it, since they are never published.
 */
public final class ContentStoreView {

    private final List<Map<String, Object>> documents;

    /**
     * @param documents every published document's template map, newest first, each with JBake's
     *                  {@code type}, {@code status}, {@code uri}, {@code sourceuri} and {@code tags}
     */
    public ContentStoreView(List<Map<String, Object>> documents) {
        this.documents = List.copyOf(documents);
    }

    /** Documents of {@code docType}. */
    public long getDocumentCount(String docType) {
        return ofType(docType).size();
    }

    /** Published documents of {@code docType}. */
    public long getPublishedCount(String docType) {
        return getDocumentCount(docType);
    }

    /** The document whose source address is {@code uri}, in a list of at most one. */
    public List<Map<String, Object>> getDocumentByUri(String uri) {
        return documents.stream().filter(d -> Objects.equals(d.get("sourceuri"), uri)).toList();
    }

    /** Published posts, newest first. */
    public List<Map<String, Object>> getPublishedPosts() {
        return ofType("post");
    }

    /** Published posts, newest first; pagination is the page's own, through {@code published_posts}. */
    public List<Map<String, Object>> getPublishedPosts(boolean applyPaging) {
        return getPublishedPosts();
    }

    /** Published posts tagged {@code tag}. */
    public List<Map<String, Object>> getPublishedPostsByTag(String tag) {
        return ofType("post").stream().filter(d -> tagged(d, tag)).toList();
    }

    /** Published documents of every type tagged {@code tag}. */
    public List<Map<String, Object>> getPublishedDocumentsByTag(String tag) {
        return documents.stream().filter(d -> tagged(d, tag)).toList();
    }

    /** Published pages. */
    public List<Map<String, Object>> getPublishedPages() {
        return ofType("page");
    }

    /** Published documents of {@code docType}. */
    public List<Map<String, Object>> getPublishedContent(String docType) {
        return ofType(docType);
    }

    /** Documents of {@code docType}: the published ones, since drafts are never in a bake's model. */
    public List<Map<String, Object>> getAllContent(String docType) {
        return ofType(docType);
    }

    /** As {@link #getAllContent(String)}. */
    public List<Map<String, Object>> getAllContent(String docType, boolean applyPaging) {
        return ofType(docType);
    }

    /** Tags of published documents of every type, as JBake's tag pages are made for. */
    public Set<String> getAllTags() {
        Set<String> tags = new TreeSet<>();
        for (Map<String, Object> document : documents) {
            tags.addAll(tagsOf(document));
        }
        return tags;
    }

    /** Tags of published posts. */
    public Set<String> getTags() {
        Set<String> tags = new TreeSet<>();
        for (Map<String, Object> document : ofType("post")) {
            tags.addAll(tagsOf(document));
        }
        return tags;
    }

    private List<Map<String, Object>> ofType(String docType) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (Map<String, Object> document : documents) {
            if (Objects.equals(document.get("type"), docType)) {
                found.add(document);
            }
        }
        return found;
    }

    private static boolean tagged(Map<String, Object> document, String tag) {
        return tagsOf(document).contains(tag);
    }

    private static Collection<String> tagsOf(Map<String, Object> document) {
        Object tags = document.get("tags");
        if (tags instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
