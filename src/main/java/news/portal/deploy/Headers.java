package news.portal.deploy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The HTTP headers an object is stored with.
 *
 * @param contentType     {@code Content-Type}
 * @param cacheControl    {@code Cache-Control}
 * @param contentEncoding {@code Content-Encoding}: {@code gzip}, or empty for bytes stored as they are
 */
record Headers(String contentType, String cacheControl, String contentEncoding) {

    /**
     * A short hash of the three values, stored with the object as {@code x-amz-meta-np-meta}. Comparing it
     * is how a change of metadata alone is noticed: a server may rewrite the headers themselves (s3proxy
     * stores {@code text/html;charset=utf-8} without the space), but it returns user metadata as given.
     */
    String hash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((contentType + "\n" + cacheControl + "\n" + contentEncoding)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
