package com.weibao.cases.process;

import com.weibao.platform.web.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what a Camunda Form or an intake channel put into process variables, as the types the domain
 * wants, with an error naming the field when a value does not fit. {@link #take} reads a value and removes
 * it, for form fields that belong in the case tables rather than in the process.
 */
final class FormValues {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final VariableScope scope;

    FormValues(VariableScope scope) {
        this.scope = scope;
    }

    String text(String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.isBlank() ? null : text;
    }

    /** Reads a form-only value and removes it, so the next form starts empty and no copy stays behind. */
    String take(String name) {
        String value = text(name);
        scope.removeVariable(name);
        return value;
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        return toEnum(name, text(name), type);
    }

    <E extends Enum<E>> E takeEnum(String name, Class<E> type) {
        return toEnum(name, take(name), type);
    }

    Instant instant(String name) {
        Object value = scope.getVariable(name);
        return value instanceof Date date ? date.toInstant() : toInstant(name, text(name));
    }

    Instant takeInstant(String name) {
        Instant value = instant(name);
        scope.removeVariable(name);
        return value;
    }

    private static <E extends Enum<E>> E toEnum(String name, String text, Class<E> type) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of(name, "'" + text + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Accepts an instant, a date-time with offset, or a local date-time meaning Asia/Shanghai (form-js). */
    private static Instant toInstant(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(SHANGHAI).toInstant();
            } catch (DateTimeParseException notLocal) {
                throw InvalidRequestException.of(name, "'" + text + "' is not a date and time");
            }
        }
    }
}
