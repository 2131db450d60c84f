package news.portal.search;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import news.portal.cache.Codec;
import news.portal.cache.Key;
import news.portal.content.Article;

/**
 * The postings of a run of consecutive articles (in rank order), with ids counted from the run's first
 * article, kept compact between bakes so that an edit re-reads only the run holding the edited article.
 *
 * <p>Runs end after an article whose key hashes to a multiple of the run length (at most twice
 * that length), so an added or deleted article changes the run around it and no other: the runs after it
 * keep their articles and their key, however far their ids moved. Posting lists store each document as
 * the difference to the one before, so a run's list joins the list of all runs before it by rewriting its
 * first number only (see {@link #appendTo}).
 */
final class Block {

    /** Changes whenever what a block holds, or how, changes: a cached block of another format is no use. */
    private static final int FORMAT = 1;

    final String key;
    final int count;
    /** Sorted. */
    private final String[] terms;
    /** Where each term's lists start in {@link #data}, one more for the end. */
    private final int[] starts;
    /**
     * For each term and each of {@link Postings#FIELDS} fields: the list's size; when not 0, then the last
     * id, the length of the encoded list and the list itself. Numbers as {@link Codec} writes them.
     */
    private final byte[] data;
    /**
     * The size and the time (to the second) of each article's file of what a result shows, as written
     * into the output: by which a later bake knows the file in the previous output is still that one.
     * A time of -1 for a file never seen written.
     */
    final long[] files;

    private Block(String key, int count, String[] terms, int[] starts, byte[] data, long[] files) {
        this.key = key;
        this.count = count;
        this.terms = terms;
        this.starts = starts;
        this.data = data;
        this.files = files;
    }

    /** Whether {@code article} ends a run of articles of about {@code length}, {@code size} long so far. */
    static boolean ends(Article article, int size, int length) {
        return size >= 2 * length || Math.floorMod(article.key().hashCode(), length) == 0;
    }

    /** The key of a block of {@code articles}: their content, in order. */
    static String key(List<Article> articles) {
        List<String> keys = new ArrayList<>(articles.size());
        for (Article article : articles) {
            keys.add(article.key());
        }
        return Key.of("search block", FORMAT, keys);
    }

    /** The block of {@code postings}, whose documents are {@code count} articles from id 0. */
    static Block of(String key, int count, Postings postings, long[] files) {
        String[] terms = postings.entries().keySet().toArray(new String[0]);
        Arrays.sort(terms);
        int[] starts = new int[terms.length + 1];
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, (int) postings.size() * 2));
        StringBuilder number = new StringBuilder();
        for (int t = 0; t < terms.length; t++) {
            starts[t] = out.size();
            Postings.Entry entry = postings.entries().get(terms[t]);
            for (int field = 0; field < Postings.FIELDS; field++) {
                number(out, number, entry.sizes[field]);
                if (entry.sizes[field] > 0) {
                    number(out, number, entry.last(field));
                    number(out, number, entry.lengths[field]);
                    out.write(entry.lists[field], 0, entry.lengths[field]);
                }
            }
        }
        starts[terms.length] = out.size();
        return new Block(key, count, terms, starts, out.toByteArray(), files);
    }

    private static void number(ByteArrayOutputStream out, StringBuilder scratch, int value) {
        scratch.setLength(0);
        news.portal.search.Codec.append(scratch, value);
        for (int i = 0; i < scratch.length(); i++) {
            out.write(scratch.charAt(i));
        }
    }

    /** Adds this block's postings to {@code all}, its first document taking id {@code base}. */
    void appendTo(Postings all, int base) {
        Map<String, Postings.Entry> entries = all.entries();
        int[] at = new int[1];
        long added = 0;
        for (int t = 0; t < terms.length; t++) {
            Postings.Entry entry = entries.computeIfAbsent(terms[t], term -> new Postings.Entry());
            at[0] = starts[t];
            for (int field = 0; field < Postings.FIELDS; field++) {
                int size = read(at);
                if (size == 0) {
                    continue;
                }
                int last = read(at);
                int length = read(at);
                int from = at[0];
                at[0] += length;
                // the list's first number is its first document counted from 0: counted from the last
                // document of the runs before instead, the rest of the list stays as it is
                int[] first = {from};
                int id = read(first);
                entry.join(field, base + id, data, first[0], at[0] - first[0], size, base + last);
                added += size;
            }
        }
        all.grow(added);
    }

    private int read(int[] at) {
        int value = 0;
        while (true) {
            int digit = DIGITS[data[at[0]++] & 0x7f];
            if (digit < 0) {
                throw new IllegalStateException("not a search block");
            }
            if (digit < 32) {
                return (value << 5) | digit;
            }
            value = (value << 5) | (digit - 32);
        }
    }

    /** Each character's value: 0–31 for a number's last group, 32–63 for the others, -1 for none. */
    private static final byte[] DIGITS = new byte[128];

    static {
        Arrays.fill(DIGITS, (byte) -1);
        for (int i = 0; i < 32; i++) {
            DIGITS[news.portal.search.Codec.LAST.charAt(i)] = (byte) i;
            DIGITS[news.portal.search.Codec.MORE.charAt(i)] = (byte) (32 + i);
        }
    }

    void write(DataOutputStream out) throws IOException {
        Codec.writeString(out, key);
        out.writeInt(count);
        out.writeInt(terms.length);
        for (String term : terms) {
            Codec.writeString(out, term);
        }
        for (int start : starts) {
            out.writeInt(start);
        }
        out.writeInt(data.length);
        out.write(data);
        for (long stamp : files) {
            out.writeLong(stamp);
        }
    }

    /** Reads what {@link #write} wrote; a block that does not hold together is refused. */
    static Block read(DataInputStream in) throws IOException {
        String key = Codec.readString(in);
        int count = Codec.count(in);
        int size = Codec.count(in);
        String[] terms = new String[size];
        for (int i = 0; i < size; i++) {
            terms[i] = Codec.readString(in);
            if (i > 0 && terms[i - 1].compareTo(terms[i]) >= 0) {
                throw new IOException("search block terms out of order");
            }
        }
        int[] starts = new int[size + 1];
        for (int i = 0; i <= size; i++) {
            starts[i] = in.readInt();
        }
        int length = Codec.count(in);
        byte[] data = in.readNBytes(length);
        if (data.length != length) {
            throw new IOException("truncated search block");
        }
        for (int i = 0; i <= size; i++) {
            if (starts[i] < (i == 0 ? 0 : starts[i - 1]) || starts[i] > length) {
                throw new IOException("bad search block");
            }
        }
        if (starts[size] != length) {
            throw new IOException("bad search block");
        }
        long[] files = new long[2 * count];
        for (int i = 0; i < files.length; i++) {
            files[i] = in.readLong();
        }
        // the cache file's checksum already tells a damaged block; this only keeps a wrong one from reading out of range
        return new Block(key, count, terms, starts, data, files);
    }
}
