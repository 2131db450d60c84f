package news.portal.deploy;

import java.nio.file.Path;

/**
 * One file of the baked site, as it will be stored.
 *
 * @param path    its path in the site, {@code /}-separated, NFC
 * @param key     its object key: the path under the prefix
 * @param file    where it is on disk
 * @param phase   when it is uploaded
 * @param headers what it is stored with
 * @param size    bytes stored: the file's, or its gzip form's
 * @param md5     hex MD5 of the bytes stored
 */
record LocalFile(String path, String key, Path file, Phase phase, Headers headers, long size, String md5) {

    boolean gzip() {
        return headers.contentEncoding().equals("gzip");
    }
}
