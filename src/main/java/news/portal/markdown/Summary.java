package news.portal.markdown;

/** Cuts plain text to a summary that ends where a sentence ends, never in the middle of a word or tag. */
final class Summary {

    private static final String SENTENCE_ENDS = "。！？!?";
    private static final String CLOSERS = "”’」』）)】》";

    private Summary() {
    }

    /**
     * The text itself when it has at most {@code limit} characters; otherwise the longest run of whole
     * sentences within the limit, as long as that keeps at least a third of the limit. A shorter run would
     * make a summary of a few words, so then the summary runs on to the next sentence end within half the
     * limit again, or else stops at the limit with an ellipsis.
     */
    static String cut(String text, int limit) {
        String clean = text.strip().replaceAll("\\s+", " ");
        if (clean.codePointCount(0, clean.length()) <= limit) {
            return clean;
        }
        int limitIndex = clean.offsetByCodePoints(0, limit);
        int lastEnd = -1;
        for (int i = 0; i < limitIndex; i++) {
            if (SENTENCE_ENDS.indexOf(clean.charAt(i)) >= 0) {
                lastEnd = afterClosers(clean, i + 1);
            }
        }
        if (lastEnd > 0 && lastEnd <= limitIndex + 2 && lastEnd >= limitIndex / 3) {
            return clean.substring(0, lastEnd).strip();
        }
        int stretch = clean.offsetByCodePoints(0, Math.min(clean.codePointCount(0, clean.length()), limit + limit / 2));
        for (int i = limitIndex; i < stretch; i++) {
            if (SENTENCE_ENDS.indexOf(clean.charAt(i)) >= 0) {
                return clean.substring(0, afterClosers(clean, i + 1)).strip();
            }
        }
        return clean.substring(0, limitIndex).strip() + "…";
    }

    private static int afterClosers(String text, int index) {
        int i = index;
        while (i < text.length() && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
