package news.portal.render;

import java.util.function.Supplier;

/**
 * A document's rendered body in the template model. Templates that escape ({@code output_format="HTML"})
 * get it as HTML markup, so {@code ${content.body}} shows the article rather than its tags; templates that
 * declare no output format get a plain string, as under stock JBake, where {@code <#escape x as x?xml>}
 * around it (a stock feed) escapes it as its author meant.
 *
 * <p>The text is made when a template shows it and not kept: an article's map lives for the whole bake
 * (every list shows it), its body is wanted by one page.
 *
 * @param text gives the body as HTML
 */
record Body(Supplier<String> text) {

    /** The body as HTML. */
    String html() {
        return text.get();
    }

    @Override
    public String toString() {
        return html();
    }
}
