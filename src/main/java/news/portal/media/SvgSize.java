package news.portal.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The size an SVG image is drawn at when nothing else says: its root's {@code width} and {@code height}
 * in pixels, else its {@code viewBox}. Read as XML with DTDs and external entities off, since an SVG can
 * come from anywhere.
 */
final class SvgSize {

    private static final Pattern PIXELS = Pattern.compile("\\s*([0-9]*\\.?[0-9]+)\\s*(px)?\\s*");
    private static final XMLInputFactory FACTORY = factory();

    private SvgSize() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    static Optional<ImageSize> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        return reader.getLocalName().equals("svg") ? root(reader) : Optional.empty();
                    }
                }
                return Optional.empty();
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return Optional.empty();
        }
    }

    private static Optional<ImageSize> root(XMLStreamReader svg) {
        Optional<Integer> width = pixels(svg.getAttributeValue(null, "width"));
        Optional<Integer> height = pixels(svg.getAttributeValue(null, "height"));
        if (width.isPresent() && height.isPresent()) {
            return size(width.get(), height.get());
        }
        String viewBox = svg.getAttributeValue(null, "viewBox");
        if (viewBox == null) {
            return Optional.empty();
        }
        String[] parts = viewBox.strip().split("[\\s,]+");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return size((int) Math.round(Double.parseDouble(parts[2])), (int) Math.round(Double.parseDouble(parts[3])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A length in pixels; percentages and other units say nothing about the intrinsic size. */
    private static Optional<Integer> pixels(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = PIXELS.matcher(value);
        return matcher.matches() ? Optional.of((int) Math.round(Double.parseDouble(matcher.group(1)))) : Optional.empty();
    }

    private static Optional<ImageSize> size(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new ImageSize(width, height)) : Optional.empty();
    }
}
