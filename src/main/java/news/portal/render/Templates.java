package news.portal.render;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import news.portal.config.SiteConfig;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

/**
 * The site's Freemarker templates, loaded and checked once. JBake 2.7 runs Freemarker with the 2.3.0
 * defaults, which escape nothing; here HTML escaping is the default and each template declares its
 * output format as well.
 */
final class Templates {

    static {
        // Freemarker picks the first logging library it finds; Maven's test classpath has log4j 1.2, unconfigured
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
    }

    private final Configuration freemarker;
    private final Map<String, Template> byKind = new HashMap<>();
    private final String folderName;

    Templates(SiteConfig config) {
        Path folder = config.paths().templates();
        folderName = config.paths().site().relativize(folder).toString();
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        try {
            freemarker.setTemplateLoader(new FileTemplateLoader(folder.toFile()));
        } catch (IOException e) {
            throw new ProblemException(Problem.ofFile(folderName, "无法读取模板文件夹：" + e.getMessage()));
        }
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setLocalizedLookup(false);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setLocale(Locale.forLanguageTag(config.identity().language()));
        freemarker.setTimeZone(TimeZone.getTimeZone(config.identity().zone()));
        freemarker.setNumberFormat("computer");
        freemarker.setBooleanFormat("c");
        List<Problem> problems = new ArrayList<>();
        config.templates().forEach((kind, name) -> {
            if (!Files.isRegularFile(folder.resolve(name))) {
                problems.add(Problem.ofFile(folderName + "/" + name, "缺少模板文件（页面类型 " + kind + "）"));
                return;
            }
            try {
                byKind.put(kind, freemarker.getTemplate(name));
            } catch (ParseException e) {
                problems.add(new Problem(folderName + "/" + e.getTemplateName(), Math.max(0, e.getLineNumber()),
                        "", "模板语法错误：" + e.getEditorMessage()));
            } catch (IOException e) {
                problems.add(Problem.ofFile(folderName + "/" + name, "无法读取模板：" + e.getMessage()));
            }
        });
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
    }

    /**
     * Renders the template of {@code kind} with {@code model}.
     *
     * @throws ProblemException naming the template file and line when the template fails
     */
    String render(String kind, Map<String, Object> model, String uri) {
        Template template = byKind.get(kind);
        StringWriter out = new StringWriter(8192);
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : template.getName();
            Integer line = e.getLineNumber();
            throw new ProblemException(new Problem(folderName + "/" + source, line == null ? 0 : Math.max(0, line), "",
                    "渲染 " + uri + " 时模板出错：" + e.getMessageWithoutStackTop().strip()));
        } catch (IOException e) {
            throw new ProblemException(Problem.ofFile(folderName + "/" + template.getName(),
                    "渲染 " + uri + " 时出错：" + e.getMessage()));
        }
        return out.toString();
    }
}
