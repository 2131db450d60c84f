package news.portal.deploy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** What a deploy will do: each upload with its reason, in phase order; what stays; what goes. */
final class Plan {

    /** Why a file is uploaded or an object deleted. */
    enum Reason {
        NEW("new"), CONTENT("changed content"), METADATA("changed metadata"), FORCED("forced"), STALE("stale");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /**
     * A file to store, and why.
     *
     * @param phase when: the file's own phase, or {@link Phase#NEW_PAGES} for a new page of a deployed site
     */
    record Upload(LocalFile file, Reason reason, Phase phase) {

        Upload(LocalFile file, Reason reason) {
            this(file, reason, file.phase());
        }

        Upload early() {
            return reason == Reason.NEW && phase.isPage() ? new Upload(file, reason, Phase.NEW_PAGES) : this;
        }
    }

    /** A file already stored as it should be, with the ETag the store gave it. */
    record Unchanged(LocalFile file, String etag) { }

    private final List<Upload> uploads;
    private final List<Unchanged> unchanged;
    private final List<String> deletes;

    private Plan(List<Upload> uploads, List<Unchanged> unchanged, List<String> deletes) {
        this.uploads = uploads.stream().sorted(Comparator.comparing(Upload::phase)
                .thenComparing(u -> u.file().key())).toList();
        this.unchanged = List.copyOf(unchanged);
        this.deletes = deletes.stream().sorted().toList();
    }

    /**
     * Compares the site with the bucket.
     *
     * @param local  the site's files
     * @param remote the objects under the prefix, by key, without the state record
     * @param state  what the last deploy recorded
     * @param force  upload everything
     * @param heads  HEADs the given keys (in parallel) for objects the state cannot vouch for
     */
    static Plan make(List<LocalFile> local, Map<String, Bucket.Listed> remote, State state, boolean force,
                     Function<List<String>, Map<String, Optional<Bucket.Head>>> heads) {
        List<Upload> uploads = new ArrayList<>();
        List<Unchanged> unchanged = new ArrayList<>();
        List<LocalFile> unsure = new ArrayList<>();
        for (LocalFile file : local) {
            Bucket.Listed object = remote.get(file.key());
            if (object == null) {
                uploads.add(new Upload(file, Reason.NEW));
            } else if (force) {
                uploads.add(new Upload(file, Reason.FORCED));
            } else if (object.size() != file.size()) {
                uploads.add(new Upload(file, Reason.CONTENT));
            } else {
                Optional<State.Entry> recorded = state.trusted(file.key(), object.etag());
                if (recorded.isPresent()) {
                    compare(file, recorded.get().md5(), Optional.of(recorded.get().meta()), object.etag(), uploads, unchanged);
                } else if (Bucket.isMd5(object.etag()) && !object.etag().equals(file.md5())) {
                    uploads.add(new Upload(file, Reason.CONTENT));
                } else {
                    unsure.add(file);
                }
            }
        }
        Map<String, Optional<Bucket.Head>> found = heads.apply(unsure.stream().map(LocalFile::key).toList());
        for (LocalFile file : unsure) {
            Optional<Bucket.Head> head = found.getOrDefault(file.key(), Optional.empty());
            if (head.isEmpty()) {
                uploads.add(new Upload(file, Reason.NEW));
            } else if (head.get().md5().isEmpty()) {
                uploads.add(new Upload(file, Reason.CONTENT));
            } else {
                compare(file, head.get().md5().get(), head.get().meta(), remote.get(file.key()).etag(), uploads, unchanged);
            }
        }
        Set<String> keys = new HashSet<>();
        local.forEach(file -> keys.add(file.key()));
        List<String> deletes = remote.keySet().stream().filter(key -> !keys.contains(key)).toList();
        // a first deploy has no readers to protect: its pages keep the plain order, front page last
        List<Upload> ordered = remote.isEmpty() ? uploads : uploads.stream().map(Upload::early).toList();
        return new Plan(ordered, unchanged, deletes);
    }

    private static void compare(LocalFile file, String md5, Optional<String> meta, String etag,
                                List<Upload> uploads, List<Unchanged> unchanged) {
        if (!md5.equals(file.md5())) {
            uploads.add(new Upload(file, Reason.CONTENT));
        } else if (!meta.equals(Optional.of(file.headers().hash()))) {
            uploads.add(new Upload(file, Reason.METADATA));
        } else {
            unchanged.add(new Unchanged(file, etag));
        }
    }

    /** Every upload, assets first, then new pages of a deployed site, feeds last; by key within a phase. */
    List<Upload> uploads() {
        return uploads;
    }

    /** The uploads of each phase, in phase order; phases with nothing to upload are absent. */
    Map<Phase, List<Upload>> byPhase() {
        Map<Phase, List<Upload>> phases = new EnumMap<>(Phase.class);
        for (Upload upload : uploads) {
            phases.computeIfAbsent(upload.phase(), p -> new ArrayList<>()).add(upload);
        }
        return phases;
    }

    List<Unchanged> unchanged() {
        return unchanged;
    }

    /** Keys under the prefix with no file in the site, sorted. */
    List<String> deletes() {
        return deletes;
    }
}
