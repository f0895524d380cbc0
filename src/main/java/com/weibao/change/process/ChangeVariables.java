package com.weibao.change.process;

import com.weibao.change.Change;
import com.weibao.platform.engine.HospitalTenancy;
import com.weibao.platform.security.Roles;
import com.weibao.platform.web.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The variables of ChangeProcess: what routing and the task assignments need; the change itself lives in its table
 * and the steps find it by their process instance, not by a variable.
 */
final class ChangeVariables {

    static final String KIND = "kind";
    static final String APPROVER_GROUP = "approverGroup";
    static final String IMPLEMENTER = "implementer";
    static final String VIEW = "changeView";

    // routing
    static final String REVIEW_PASSED = "reviewPassed";
    static final String APPROVED = "approved";
    static final String SUCCEEDED = "implementationSucceeded";
    static final String VERIFIED = "verified";
    static final String REPLAN = "replan";
    static final String REMIND_AT = "remindAt";
    static final String WINDOW_START = "windowStart";

    // form fields (task-local)
    static final String REVIEW_DECISION = "reviewDecision";
    static final String REVIEW_REMARKS = "reviewRemarks";
    static final String APPROVAL_DECISION = "approvalDecision";
    static final String APPROVAL_REMARKS = "approvalRemarks";
    static final String IMPLEMENTATION_PLAN = "implementationPlan";
    static final String ROLLBACK_PLAN = "rollbackPlan";
    static final String VERIFICATION_PLAN = "verificationPlan";
    static final String REVISION_NOTE = "revisionNote";
    static final String WINDOW_START_FIELD = "windowStartAt";
    static final String WINDOW_END_FIELD = "windowEndAt";
    static final String TAKES_SERVICE_DOWN = "takesServiceDown";
    static final String OUTAGE_REASON = "outageReason";
    static final String STEPS = "implementationSteps";
    static final String OUTCOME = "implementationOutcome";
    static final String VERIFICATION_DECISION = "verificationDecision";
    static final String VERIFICATION_REMARKS = "verificationRemarks";
    static final String ROLLBACK_STEPS = "rollbackSteps";
    static final String AFTER_ROLLBACK = "afterRollback";

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private ChangeVariables() {
    }

    static Map<String, Object> startVariables(Change change) {
        return Variables.createVariables()
                .putValue(HospitalTenancy.CONTRACT_CODE, change.getContractCode())
                .putValue(KIND, change.getKind().name())
                .putValue(APPROVER_GROUP, Roles.hospitalItGroup(change.getHospitalCode()))
                .putValue(IMPLEMENTER, change.getImplementer());
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** A yes/no choice of a form's radio: true for {@code yes}, false for {@code no}, refused otherwise. */
    static boolean decision(VariableScope scope, String field, String yes, String no) {
        String value = text(scope, field);
        if (yes.equals(value)) {
            return true;
        }
        if (no.equals(value)) {
            return false;
        }
        throw InvalidRequestException.of(field, "请选择意见");
    }

    static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    /**
     * A date and time as Camunda Forms' datetime field sends it ("2026-12-05T22:00+08:00", "...Z", or without an
     * offset, then in Asia/Shanghai); null when absent; a field violation when unreadable.
     */
    static Instant instant(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant();
        }
        String s = value.toString().strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).atZone(SHANGHAI).toInstant();
            } catch (DateTimeParseException e2) {
                throw com.weibao.platform.web.InvalidRequestException.of(name, "'" + s
                        + "' is not a date and time like 2026-12-05T22:00");
            }
        }
    }
}
