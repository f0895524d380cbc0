package com.weibao.platform.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's stack trace ({@code %wEx}) with personal data masked at INFO and above: exception messages quote
 * what was refused, e.g. an e-mail address that is not one.
 */
public class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        String trace = super.convert(event);
        return event.getLevel().isGreaterOrEqual(Level.INFO) ? PersonalData.mask(trace) : trace;
    }
}
