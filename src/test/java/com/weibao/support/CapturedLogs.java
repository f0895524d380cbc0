package com.weibao.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The log lines the application writes while a test runs, from the threads that serve HTTP requests (Tomcat's and
 * the intake routes'), so that background work running meanwhile is not counted.
 */
public final class CapturedLogs implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private CapturedLogs() {
        appender.start();
        root.addAppender(appender);
    }

    public static CapturedLogs start() {
        return new CapturedLogs();
    }

    /** The lines written on request threads so far. */
    public List<ILoggingEvent> requestLines() {
        synchronized (appender) {
            return appender.list.stream().filter(e -> e.getThreadName().startsWith("http-nio-")
                    || e.getThreadName().startsWith("intake-http-")).toList();
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
