package news.portal.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An SVG's size from its root element, the way a browser sizes an {@code <img>} of it: {@code width} and
 * {@code height} in absolute units; where one of them is missing or relative ({@code 100%}, {@code 2em}),
 * the {@code viewBox}'s proportions fill it in; with neither, the {@code viewBox} itself.
 *
 * <p>The file is untrusted input: the parser reads no DTD and resolves no external entity, so an SVG
 * cannot make the bake read another file or fetch a URL (XXE), nor expand entities without end. An SVG that
 * relies on either has no size. Parsing stops at the root element.
 */
final class SvgSize {

    private static final Pattern LENGTH = Pattern.compile(
            "\\s*([0-9]*\\.?[0-9]+(?:[eE][+-]?[0-9]+)?)\\s*(px|pt|pc|mm|cm|in)?\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s,]+");

    /** CSS pixels per unit (CSS Values 4: 1in = 96px). */
    private static final Map<String, Double> UNITS = Map.of("px", 1.0, "pt", 96 / 72.0, "pc", 16.0,
            "in", 96.0, "cm", 96 / 2.54, "mm", 96 / 25.4);

    private SvgSize() {
    }

    static Optional<ImageSizes.Size> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        if (!xml.getLocalName().equals("svg")) {
                            return Optional.empty();
                        }
                        return size(xml.getAttributeValue(null, "width"), xml.getAttributeValue(null, "height"),
                                xml.getAttributeValue(null, "viewBox"));
                    }
                }
                return Optional.empty();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            // not well-formed, or it needed a DTD or an entity: a browser may still show it, at its default size
            return Optional.empty();
        }
    }

    /** The size these root attributes give, each possibly null. */
    static Optional<ImageSizes.Size> size(String widthText, String heightText, String viewBoxText) {
        OptionalDouble width = length(widthText);
        OptionalDouble height = length(heightText);
        Optional<double[]> viewBox = viewBox(viewBoxText);
        if (width.isPresent() && height.isPresent()) {
            return rounded(width.getAsDouble(), height.getAsDouble());
        }
        if (viewBox.isEmpty()) {
            return Optional.empty();
        }
        double boxWidth = viewBox.get()[0];
        double boxHeight = viewBox.get()[1];
        if (width.isPresent()) {
            return rounded(width.getAsDouble(), width.getAsDouble() * boxHeight / boxWidth);
        }
        if (height.isPresent()) {
            return rounded(height.getAsDouble() * boxWidth / boxHeight, height.getAsDouble());
        }
        return rounded(boxWidth, boxHeight);
    }

    private static OptionalDouble length(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        Matcher m = LENGTH.matcher(text);
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(m.group(1)) * UNITS.get(m.group(2) == null ? "px" : m.group(2));
        return value > 0 && Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** The viewBox's width and height, when it has four numbers and a positive area. */
    private static Optional<double[]> viewBox(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = SEPARATOR.split(text.strip());
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            double width = Double.parseDouble(parts[2]);
            double height = Double.parseDouble(parts[3]);
            return width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height)
                    ? Optional.of(new double[] {width, height}) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<ImageSizes.Size> rounded(double width, double height) {
        return ImageSizes.sizeOf(Math.round(width), Math.round(height));
    }

    /**
     * A new factory for each file: the JDK does not promise that one factory may serve several threads, and
     * creating one costs next to nothing beside reading the file.
     */
    private static XMLInputFactory factory() {
        // the JDK's own parser, whatever else the class path brings, so these settings mean what they say
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }
}
