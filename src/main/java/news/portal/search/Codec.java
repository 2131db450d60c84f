package news.portal.search;

/**
 * Lists of non-negative numbers as short strings that need no JSON escaping: each number in groups of
 * five bits, most significant first, every group but the last from one alphabet and the last from
 * another, so numbers need no separator. Posting lists store the difference to the previous document,
 * which for common terms is mostly 1, one character, and compresses well.
 */
final class Codec {

    static final String LAST = "0123456789abcdefghijklmnopqrstuv";
    static final String MORE = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

    private Codec() {
    }

    static void append(StringBuilder out, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        int shift = 0;
        while ((value >>> shift) >= 32) {
            shift += 5;
        }
        for (; shift > 0; shift -= 5) {
            out.append(MORE.charAt((value >>> shift) & 31));
        }
        out.append(LAST.charAt(value & 31));
    }

    /** The numbers of {@code text}, as {@link #append} wrote them. */
    static int[] decode(String text) {
        int[] values = new int[text.length()];
        int count = 0;
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int more = MORE.indexOf(c);
            if (more >= 0) {
                value = (value << 5) | more;
            } else {
                values[count++] = (value << 5) | LAST.indexOf(c);
                value = 0;
            }
        }
        return java.util.Arrays.copyOf(values, count);
    }
}
