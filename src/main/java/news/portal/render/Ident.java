package news.portal.render;

/**
 * Compares by identity. The content loader hands out the same article object for as long as its file
 * does not change, so identity is a cheap and exact test of "this page shows the same article".
 */
record Ident(Object target) {

    @Override
    public boolean equals(Object other) {
        return other instanceof Ident ident && ident.target == target;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(target);
    }
}
