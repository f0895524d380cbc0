package com.weibao.intake.phone.process;

import com.weibao.cases.Impact;
import com.weibao.contract.Category;
import com.weibao.intake.phone.PhoneReport;
import com.weibao.platform.web.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The phone call process's variables. The start form (电话报修) and the call-back form fill the call's fields;
 * the register and note steps turn them into a case or a note and remove them. The process keeps the decision
 * and the case number; a missed call's steps find the call by their process instance. No {@code contractCode}:
 * the phone call process belongs to the desk (its vendor-only tenant), not to a hospital's tenant.
 */
final class PhoneCallVariables {

    static final String CALLER_PHONE = "callerPhone";
    static final String CALL_TIME = "callTime";
    static final String CALL_TIME_REASON = "callTimeReason";
    static final String CALL_ID = "callId";
    static final String CALLER_NAME = "callerName";
    static final String CALLER_DEPARTMENT = "callerDepartment";
    static final String CALLER_EMAIL = "callerEmail";
    static final String CONTRACT = "callContract";
    static final String SYSTEM_CODE = "systemCode";
    static final String CATEGORY = "category";
    static final String IMPACT = "impact";
    static final String SUMMARY = "summary";
    static final String DESCRIPTION = "description";
    static final String OPEN_CASE_NUMBER = "openCaseNumber";

    static final String CALL_DECISION = "callDecision";
    static final String DECISION_REASON = "decisionReason";
    static final String NOTE_CASE_NUMBER = "noteCaseNumber";
    static final String CASE_NUMBER = "caseNumber";
    static final String OUTSIDE_SERVICE_HOURS = "outsideServiceHours";
    static final String CALLBACK_OUTCOME = "callbackOutcome";
    static final String CALLBACK_NOTE = "callbackNote";
    static final String CALLER_VIEW = "callerView";
    static final String CALL_VIEW = "callView";

    /** What the register and note steps consume. */
    static final List<String> CALL_FIELDS = List.of(CALLER_NAME, CALLER_DEPARTMENT, CALLER_EMAIL, CONTRACT,
            SYSTEM_CODE, CATEGORY, IMPACT, SUMMARY, DESCRIPTION, OPEN_CASE_NUMBER, DECISION_REASON, CALL_TIME_REASON);

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private PhoneCallVariables() {
    }

    static PhoneReport report(VariableScope scope) {
        return new PhoneReport(text(scope, CALLER_PHONE), instant(scope, CALL_TIME), text(scope, CALL_ID),
                text(scope, CALLER_NAME), text(scope, CALLER_DEPARTMENT), text(scope, CALLER_EMAIL),
                text(scope, CONTRACT), text(scope, SYSTEM_CODE), enumValue(scope, CATEGORY, Category.class),
                enumValue(scope, IMPACT, Impact.class), text(scope, SUMMARY), text(scope, DESCRIPTION),
                text(scope, OPEN_CASE_NUMBER), text(scope, CALL_TIME_REASON));
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.isBlank() ? null : text.strip();
    }

    static <E extends Enum<E>> E enumValue(VariableScope scope, String name, Class<E> type) {
        String text = text(scope, name);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of(name, "'" + text + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A Date, an instant or date-time with offset, or a local date-time meaning Asia/Shanghai (form-js). */
    static Instant instant(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Date date) {
            return date.toInstant();
        }
        String text = text(scope, name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException notInstant) {
                try {
                    return LocalDateTime.parse(text).atZone(SHANGHAI).toInstant();
                } catch (DateTimeParseException notLocal) {
                    throw InvalidRequestException.of(name, "'" + text + "' is not a date and time");
                }
            }
        }
    }
}
