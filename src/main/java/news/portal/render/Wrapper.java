package news.portal.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.MarkupOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.BeansWrapperBuilder;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import news.portal.jbake.ContentStoreView;
import news.portal.jbake.DataFiles;

/**
 * Freemarker's default object wrapper, but a {@link Body} becomes markup or text depending on the output
 * format of the template being rendered on this thread.
 */
final class Wrapper extends DefaultObjectWrapper {

    private static final ThreadLocal<Boolean> HTML = ThreadLocal.withInitial(() -> false);

    Wrapper(Version version) {
        super(version);
    }

    /** Runs {@code render} with bodies as markup when {@code format} is HTML, as text otherwise. */
    static <T> T rendering(OutputFormat format, java.util.function.Supplier<T> render) {
        boolean before = HTML.get();
        HTML.set(format instanceof MarkupOutputFormat<?> markup && markup.getMimeType() != null
                && markup.getMimeType().contains("html"));
        try {
            return render.get();
        } finally {
            HTML.set(before);
        }
    }

    /**
     * JBake hands templates its ContentStore and data files through a plain BeansWrapper, so templates call
     * Java methods on what they return ({@code db.getPublishedPages().size()}); the read-only stand-ins get
     * the same wrapper.
     */
    private static final BeansWrapper JBAKE_BEANS = new BeansWrapperBuilder(Configuration.VERSION_2_3_0).build();

    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof ContentStoreView || object instanceof DataFiles) {
            return JBAKE_BEANS.wrap(object);
        }
        if (object instanceof Body body) {
            return HTML.get() ? HTMLOutputFormat.INSTANCE.fromMarkup(body.html()) : new SimpleScalar(body.html());
        }
        return super.wrap(object);
    }
}
