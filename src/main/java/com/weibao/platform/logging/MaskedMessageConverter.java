package com.weibao.platform.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message ({@code %m}, {@code %msg}, {@code %message} in logback-spring.xml) with phone numbers, ID card
 * numbers and e-mail addresses masked at INFO and above; DEBUG and TRACE show them as they are.
 */
public class MaskedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        String message = super.convert(event);
        return event.getLevel().isGreaterOrEqual(Level.INFO) ? PersonalData.mask(message) : message;
    }
}
