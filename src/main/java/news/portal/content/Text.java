package news.portal.content;

/**
 * An article's rendered body, where the bake keeps it: on disk, in the build cache's bodies file (or a
 * temporary one without a cache), while the heap holds only what listings show. {@link #read} gives the
 * text back to the page, feed or search index that shows it; nothing keeps it after. A text no file could
 * hold (one with a lone surrogate, which UTF-8 cannot carry) stays in memory, as do texts made by
 * {@link #of}.
 */
public final class Text {

    private final String held;
    private final Bodies.Segment store;
    final long offset;
    final int length;
    final int crc;

    private Text(String held, Bodies.Segment store, long offset, int length, int crc) {
        this.held = held;
        this.store = store;
        this.offset = offset;
        this.length = length;
        this.crc = crc;
    }

    /** A text held in memory. */
    public static Text of(String text) {
        return new Text(java.util.Objects.requireNonNull(text, "text"), null, -1, text.length(), 0);
    }

    /** Where {@code store} keeps a text: {@code length} bytes of UTF-8 at {@code offset}, with their CRC-32C. */
    static Text stored(Bodies.Segment store, long offset, int length, int crc) {
        return new Text(null, store, offset, length, crc);
    }

    /**
     * The text, read from its file when it is kept there.
     *
     * @throws java.io.UncheckedIOException when the file cannot be read or no longer holds the text
     *                                      (the build cache is then set aside for the next bake)
     */
    public String read() {
        return held != null ? held : store.read(this);
    }

    /** Whether the text is in {@code store}, rather than in memory or another file. */
    boolean in(Bodies.Segment store) {
        return held == null && this.store == store;
    }

    /** The bytes the text takes in its file; 0 for one held in memory. */
    long bytesInFile() {
        return held == null ? length : 0;
    }

    @Override
    public String toString() {
        return held != null ? "Text[" + held.length() + " chars]" : "Text[" + length + " bytes at " + offset + "]";
    }
}
