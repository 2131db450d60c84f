package news.portal.bake;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates sitemaps against the sitemaps.org 0.9 schemas (as shipped in sitemapgen4j) and Google's News
 * and image extensions, with no network: every schema comes from the classpath.
 */
public final class SitemapChecker {

    // sitemap.xsd and siteindex.xsd share a namespace, so each needs a schema of its own
    private final Schema urlset;
    private final Schema index;
    private final List<String> problems = new ArrayList<>();

    public SitemapChecker() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            urlset = factory.newSchema(new Source[] {
                source("/com/redfin/sitemapgenerator/sitemap.xsd"), source("/schemas/sitemap-news.xsd"),
                source("/schemas/sitemap-image.xsd"),
            });
            index = factory.newSchema(source("/com/redfin/sitemapgenerator/siteindex.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load the sitemap schemas", e);
        }
    }

    private static Source source(String resource) {
        URL url = SitemapChecker.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("no schema " + resource + " on the classpath");
        }
        return new StreamSource(url.toExternalForm());
    }

    /** Checks one sitemap or sitemap index against its schema; {@code name} is how problems name it. */
    public void check(Path file, String name) {
        try {
            Element root = root(file);
            Validator validator = (root.tagName().equals("sitemapindex") ? index : urlset).newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(file.toFile()));
        } catch (SAXParseException e) {
            problems.add(name + ":" + e.getLineNumber() + ": " + e.getMessage());
        } catch (SAXException | IOException e) {
            problems.add(name + ": " + e.getMessage());
        }
    }

    private static Element root(Path file) throws IOException {
        Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
        return doc.children().isEmpty() ? new Element("none") : doc.child(0);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }
}
