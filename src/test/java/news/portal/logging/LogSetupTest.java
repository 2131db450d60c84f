package news.portal.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;

class LogSetupTest {

    @Test
    void logback_finds_it_and_keeps_only_warnings_of_jbake() {
        org.slf4j.Logger jbake = LoggerFactory.getLogger("org.jbake.app.configuration.JBakeConfigurationFactory");

        assertThat(jbake.isInfoEnabled()).isFalse();
        assertThat(jbake.isWarnEnabled()).isTrue();
    }

    @Test
    void writes_to_standard_error_with_the_level_and_the_short_logger_name() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);

        assertThat(root.getAppender("STDERR")).isInstanceOfSatisfying(ConsoleAppender.class, appender -> {
            assertThat(appender.getTarget()).isEqualTo("System.err");
            assertThat(appender.isStarted()).isTrue();
        });
        assertThat(root.getLevel()).isEqualTo(LogSetup.ROOT_LEVEL);
    }
}
