package news.portal.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's configuration for the jar: the root logger at WARN, to standard error. Logback uses it when it
 * finds no {@code logback.xml} (a {@code -Dlogback.configurationFile} still wins).
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    /** The level below which jbake-core's lines are dropped. */
    static final Level ROOT_LEVEL = Level.WARN;
    /** The level, the logger's short name and the message. */
    static final String PATTERN = "%level %logger{0}: %msg%n";

    /** Called by logback's service lookup. */
    public LogSetup() {
    }

    @Override
    public void configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(ROOT_LEVEL);
        root.addAppender(appender);
    }
}
