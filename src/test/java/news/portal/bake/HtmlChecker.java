package news.portal.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/** The Nu Html Checker, in-process: the errors it finds in HTML files, as {@code file:line: message}. */
public final class HtmlChecker {

    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator;
    private String current = "";

    /** Loads the HTML schema bundled with the checker; no network. */
    public HtmlChecker() {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings (such as the advice to declare a language) are not failures
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(current + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        try {
            validator = new SimpleDocumentValidator(false, false, false);
            validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
            validator.setUpValidatorAndParsers(handler, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the Nu Html Checker", e);
        }
    }

    /** Checks one file; its errors join {@link #errors()}. */
    public void check(Path file, String name) {
        current = name;
        try {
            validator.checkHtmlFile(file.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            errors.add(name + ": " + e.getMessage());
        }
    }

    /** Every error found so far. */
    public List<String> errors() {
        return errors;
    }
}
