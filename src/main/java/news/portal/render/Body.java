package news.portal.render;

/**
 * A document's rendered body in the template model. Templates that escape ({@code output_format="HTML"})
 * get it as HTML markup, so {@code ${content.body}} shows the article rather than its tags; templates that
 * declare no output format get a plain string, as under stock JBake, where {@code <#escape x as x?xml>}
 * around it (a stock feed) escapes it as its author meant.
 *
 * @param html the body as HTML
 */
record Body(String html) {

    @Override
    public String toString() {
        return html;
    }
}
