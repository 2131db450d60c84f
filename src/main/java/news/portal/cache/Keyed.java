package news.portal.cache;

/**
 * A value that already carries its content hash: {@link Key} digests it by {@link #key()} alone, so a page
 * signature can hold the object itself (for what else looks at it, such as the images it shows) at the cost
 * of a string.
 */
public interface Keyed {

    /** A content hash of everything the value shows. */
    String key();
}
