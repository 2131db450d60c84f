package news.portal.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.luciad.imageio.webp.CompressionType;
import com.luciad.imageio.webp.WebPWriteParam;

/**
 * Pixels to files: JPEG through the JDK's writer (progressive, which is smaller for photos and shows a
 * whole picture early), PNG through the JDK's, WebP through webp-imageio's bundled libwebp. None of them
 * writes metadata of its own; a JPEG gets an EXIF block only when the editor keeps copyright fields.
 */
final class Encoder {

    private static final String JPEG_METADATA = "javax_imageio_jpeg_image_1.0";

    private Encoder() {
    }

    /** @param exif an APP1 payload ("Exif\0\0" first), or null */
    static byte[] jpeg(BufferedImage image, int quality, byte[] exif) throws IOException {
        ImageWriter writer = jdkWriter("jpeg");
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            if (exif != null) {
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(JPEG_METADATA);
                IIOMetadataNode markers = (IIOMetadataNode) root.getElementsByTagName("markerSequence").item(0);
                IIOMetadataNode app1 = new IIOMetadataNode("unknown");
                app1.setAttribute("MarkerTag", Integer.toString(JpegSegments.APP1));
                app1.setUserObject(exif);
                markers.insertBefore(app1, markers.getFirstChild());
                metadata.setFromTree(JPEG_METADATA, root);
            }
            return write(writer, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    static byte[] png(BufferedImage image) throws IOException {
        ImageWriter writer = jdkWriter("png");
        try {
            return write(writer, new IIOImage(image, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
    }

    static byte[] webp(BufferedImage image, int quality) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType("image/webp");
        ImageWriter writer = null;
        while (writers.hasNext()) {
            ImageWriter candidate = writers.next();
            if (candidate.getClass().getName().startsWith("com.luciad.")) {
                writer = candidate;
                break;
            }
            candidate.dispose();
        }
        if (writer == null) {
            throw new IllegalStateException("webp-imageio's WebP writer is not on the class path");
        }
        try {
            WebPWriteParam param = new WebPWriteParam(Locale.ROOT);
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(CompressionType.Lossy);
            param.setCompressionQuality(quality / 100f);
            return write(writer, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static byte[] write(ImageWriter writer, IIOImage image, ImageWriteParam param) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, image, param);
        }
        return bytes.toByteArray();
    }

    /**
     * The JDK's own writer: TwelveMonkeys registers a JPEG writer that wraps it, and the metadata tree above
     * is the JDK's format.
     */
    private static ImageWriter jdkWriter(String format) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        ImageWriter first = null;
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio.")) {
                if (first != null) {
                    first.dispose();
                }
                return writer;
            }
            if (first == null) {
                first = writer;
            } else {
                writer.dispose();
            }
        }
        if (first == null) {
            throw new IllegalStateException("no " + format + " writer");
        }
        return first;
    }
}
