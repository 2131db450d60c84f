package news.portal.image;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFEntry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFWriter;

/**
 * What a photo's EXIF block says that matters here: its orientation, and the copyright fields an editor may
 * keep. Read and written with TwelveMonkeys' TIFF reader and writer. A new block holds only the kept fields.
 */
record Exif(int orientation, Map<String, String> fields) {

    static final Exif NONE = new Exif(1, Map.of());
    private static final int ORIENTATION = 0x0112;
    private static final Map<String, Integer> TAGS = Map.of("Artist", 0x013B, "Copyright", 0x8298);

    /** @param tiff the TIFF structure of an EXIF block, or null */
    static Exif read(byte[] tiff) {
        if (tiff == null) {
            return NONE;
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(tiff))) {
            Directory ifd0 = new TIFFReader().read(in);
            int orientation = 1;
            Entry entry = ifd0.getEntryById(ORIENTATION);
            if (entry != null && entry.getValue() instanceof Number number) {
                orientation = number.intValue();
            }
            Map<String, String> fields = new LinkedHashMap<>();
            TAGS.forEach((name, tag) -> {
                Entry field = ifd0.getEntryById(tag);
                if (field != null) {
                    String text = text(field.getValue()).strip();
                    if (!text.isEmpty()) {
                        fields.put(name, text);
                    }
                }
            });
            return new Exif(orientation >= 1 && orientation <= 8 ? orientation : 1, Map.copyOf(fields));
        } catch (IOException | RuntimeException e) {
            // a broken EXIF block: browsers ignore it too, and nothing of it is published
            return NONE;
        }
    }

    /** Whether showing the pixels as stored would show the photo turned or mirrored. */
    boolean turns() {
        return orientation != 1;
    }

    /** Whether it turns the picture by a quarter, swapping width and height. */
    boolean swaps() {
        return orientation >= 5;
    }

    /**
     * A new EXIF block (for an APP1 segment, "Exif\0\0" first) with only the fields of {@code keep} this
     * photo has; null when it has none of them, so that no block is written at all.
     */
    byte[] kept(Set<String> keep) {
        List<com.twelvemonkeys.imageio.metadata.Entry> entries = new ArrayList<>();
        TAGS.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(tag -> {
            String value = fields.get(tag.getKey());
            if (value != null && keep.contains(tag.getKey())) {
                entries.add(new TIFFEntry(tag.getValue(), TIFF.TYPE_ASCII, value));
            }
        });
        if (entries.isEmpty()) {
            return null;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                new TIFFWriter().write(entries, out);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory does not fail", e);
        }
    }

    private static String text(Object value) {
        if (value instanceof String[] parts) {
            return String.join(" ", parts);
        }
        return String.valueOf(value).replace("\0", "");
    }
}
