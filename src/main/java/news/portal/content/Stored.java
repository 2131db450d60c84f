package news.portal.content;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import news.portal.cache.Codec;
import news.portal.image.ImageSizes;
import news.portal.problem.Problem;

/**
 * The content model in the build cache's binary form ({@link Codec}): documents, problems and the parts of
 * an article placing added. A document's body is kept as where it starts in its file's text when it is
 * the rest of the file, which it nearly always is: the loader reads it from there when it renders it.
 */
final class Stored {

    private Stored() {
    }

    static void writeDocument(DataOutputStream out, Document d, int bodyStart) throws IOException {
        Codec.writeString(out, d.file());
        out.writeByte(d.kind().ordinal());
        Codec.writeString(out, d.title());
        Codec.writeZoned(out, d.date());
        out.writeBoolean(d.dateOnly());
        writeTime(out, d.updated());
        Codec.writeStrings(out, d.tags());
        Codec.writeOptional(out, d.section());
        Codec.writeOptional(out, d.summary());
        Codec.writeOptional(out, d.cover());
        Codec.writeOptional(out, d.author());
        Codec.writeOptional(out, d.source());
        Codec.writeOptional(out, d.slug());
        out.writeBoolean(d.draft());
        Codec.writeAnyMap(out, d.extra());
        out.writeInt(bodyStart);
        if (bodyStart < 0) {
            Codec.writeString(out, d.markdown());
        }
        out.writeInt(d.bodyLine());
        Codec.writeAnyMap(out, d.lines());
        Codec.writeString(out, d.type());
        Codec.writeOptional(out, d.html());
        Codec.writeValue(out, d.jbake());
        Codec.writeString(out, d.sha1());
        Desk desk = d.desk();
        out.writeBoolean(desk.featured());
        out.writeBoolean(desk.pinned());
        writeTime(out, desk.pinUntil());
        Codec.writeOptional(out, desk.editor());
        Codec.writeOptional(out, desk.originalTitle());
        Codec.writeOptional(out, desk.sourceUrl());
    }

    /**
     * A document as {@link #writeDocument} wrote it. One whose body is the rest of its file comes without it
     * ({@link Document#withoutBody}): the loader reads it from the file when it renders it.
     */
    @SuppressWarnings("unchecked")
    static Document readDocument(DataInputStream in) throws IOException {
        String file = Codec.readString(in);
        int kind = in.readUnsignedByte();
        if (kind >= Document.Kind.values().length) {
            throw new IOException("bad kind");
        }
        String title = Codec.readString(in);
        var date = Codec.readZoned(in);
        boolean dateOnly = in.readBoolean();
        var updated = readTime(in);
        List<String> tags = Codec.readStrings(in);
        Optional<String> section = Codec.readOptional(in);
        Optional<String> summary = Codec.readOptional(in);
        Optional<String> cover = Codec.readOptional(in);
        Optional<String> author = Codec.readOptional(in);
        Optional<String> source = Codec.readOptional(in);
        Optional<String> slug = Codec.readOptional(in);
        boolean draft = in.readBoolean();
        Map<String, Object> extra = Codec.readAnyMap(in);
        int bodyStart = in.readInt();
        String markdown;
        if (bodyStart < 0) {
            markdown = Codec.readString(in);
        } else {
            markdown = null;
        }
        int bodyLine = in.readInt();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (Map.Entry<String, Object> line : Codec.readAnyMap(in).entrySet()) {
            if (!(line.getValue() instanceof Integer number)) {
                throw new IOException("bad line");
            }
            lines.put(line.getKey(), number);
        }
        String type = Codec.readString(in);
        Optional<String> html = Codec.readOptional(in);
        Object jbake = Codec.readValue(in);
        if (!(jbake instanceof Map<?, ?>)) {
            throw new IOException("bad fields");
        }
        String sha1 = Codec.readString(in);
        Desk desk = new Desk(in.readBoolean(), in.readBoolean(), readTime(in), Codec.readOptional(in),
                Codec.readOptional(in), Codec.readOptional(in));
        return new Document(file, Document.Kind.values()[kind], title, date, dateOnly, updated, tags, section, summary,
                cover, author, source, slug, draft, extra, markdown, bodyLine, lines, type, html,
                (Map<String, Object>) jbake, sha1, desk);
    }

    static void writeProblems(DataOutputStream out, List<Problem> problems) throws IOException {
        out.writeInt(problems.size());
        for (Problem problem : problems) {
            Codec.writeString(out, problem.file());
            out.writeInt(problem.line());
            Codec.writeString(out, problem.field());
            Codec.writeString(out, problem.message());
        }
    }

    static List<Problem> readProblems(DataInputStream in) throws IOException {
        int size = Codec.count(in);
        List<Problem> problems = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String file = Codec.readString(in);
            int line = in.readInt();
            if (line < 0) {
                throw new IOException("bad line");
            }
            problems.add(new Problem(file, line, Codec.readString(in), Codec.readString(in)));
        }
        return List.copyOf(problems);
    }

    static void writeTerm(DataOutputStream out, Term term) throws IOException {
        Codec.writeString(out, term.name());
        Codec.writeString(out, term.slug());
        Codec.writeString(out, term.uri());
    }

    static Term readTerm(DataInputStream in) throws IOException {
        return new Term(Codec.readString(in), Codec.readString(in), Codec.readString(in));
    }

    static void writeSize(DataOutputStream out, Optional<ImageSizes.Size> size) throws IOException {
        out.writeBoolean(size.isPresent());
        if (size.isPresent()) {
            out.writeInt(size.get().width());
            out.writeInt(size.get().height());
        }
    }

    static Optional<ImageSizes.Size> readSize(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ImageSizes.Size(in.readInt(), in.readInt()));
        } catch (IllegalArgumentException e) {
            throw new IOException("bad size", e);
        }
    }

    private static void writeTime(DataOutputStream out, Optional<java.time.ZonedDateTime> time) throws IOException {
        out.writeBoolean(time.isPresent());
        if (time.isPresent()) {
            Codec.writeZoned(out, time.get());
        }
    }

    private static Optional<java.time.ZonedDateTime> readTime(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(Codec.readZoned(in)) : Optional.empty();
    }
}
