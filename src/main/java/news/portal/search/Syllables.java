package news.portal.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Splits a typed word into pinyin syllables ({@code kunlun} → kun, lun), the fewest that cover it; the
 * last may be the start of a syllable still being typed. {@code search.js} splits the same way.
 */
final class Syllables {

    static final int LONGEST = 6;

    private Syllables() {
    }

    /**
     * The syllables of {@code word}, or null when it is not pinyin.
     *
     * @param known       the syllables of the index
     * @param partialLast whether the last piece may be an unfinished syllable
     */
    static List<String> split(String word, Set<String> known, boolean partialLast) {
        int n = word.length();
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - LONGEST); start < end; start++) {
                if (best[start] == Integer.MAX_VALUE) {
                    continue;
                }
                String piece = word.substring(start, end);
                boolean fits = known.contains(piece)
                        || partialLast && end == n && known.stream().anyMatch(s -> s.startsWith(piece));
                if (fits && best[start] + 1 < best[end]) {
                    best[end] = best[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE) {
            return null;
        }
        List<String> pieces = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            pieces.add(word.substring(from[end], end));
        }
        Collections.reverse(pieces);
        return pieces;
    }
}
