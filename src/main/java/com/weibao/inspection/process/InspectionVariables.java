package com.weibao.inspection.process;

import com.weibao.inspection.InspectionRequest;
import com.weibao.platform.engine.HospitalTenancy;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The inspection processes' variables: ids and what routes them (due dates, findings, the sign-off outcome);
 * results, reports and signatures live in the inspection tables.
 */
public final class InspectionVariables {

    public static final String INSPECTION_ID = "inspectionId";
    /** Also the business key, so Tasklist and Cockpit show "XJ-000012". */
    public static final String INSPECTION_REF = "inspectionRef";
    public static final String CONTRACT_CODE = HospitalTenancy.CONTRACT_CODE;
    public static final String REMIND_AT = "remindAt";
    public static final String DUE_AT = "dueAt";
    public static final String ESCALATE_AT = "escalateAt";
    /** Failed items without a follow-up case, after the last checklist. */
    public static final String NEW_FINDINGS = "newFindings";
    public static final String REPORT_VERSION = "reportVersion";
    /** Set when a department sends the current report version back; ends the sign-off round. */
    public static final String SIGN_OFF_REJECTED = "signOffRejected";
    /** The multi-instance sign-off's element: the department's group. */
    public static final String SIGN_OFF_GROUP = "signOffGroup";

    /** Task-local variables of the forms. */
    public static final String VIEW = "inspectionView";
    public static final String SUGGESTIONS = "suggestions";
    public static final String PARTICIPANTS = "hospitalParticipants";
    public static final String SIGN_OFF_DECISION = "signOffDecision";
    public static final String SIGN_OFF_REASON = "signOffReason";

    /** Request fields the register step turns into the inspection and then removes. */
    static final String PLAN_CODE = "planCode";
    static final String TRIGGER = "trigger";
    static final String SLOT_DATE = "slotDate";
    static final String REASON = "reason";
    static final String REQUESTED_BY = "requestedBy";
    static final List<String> REQUEST_ONLY = List.of(PLAN_CODE, TRIGGER, SLOT_DATE, REASON, REQUESTED_BY);

    /** The schedule process's variables. */
    public static final String SCHEDULE_PLAN = "planCode";
    public static final String SCHEDULE_REVISION = "scheduleRevision";
    public static final String LAST_SLOT = "lastSlot";
    public static final String NEXT_SLOT = "nextSlot";
    public static final String NEXT_PERIOD = "nextPeriod";
    public static final String NEXT_INSPECTION_AT = "nextInspectionAt";
    public static final String HAS_NEXT = "hasNextInspection";

    private InspectionVariables() {
    }

    /** Start variables; the request-only ones are transient and never reach the database. */
    static VariableMap startVariables(InspectionRequest r) {
        return Variables.createVariables()
                .putValue(CONTRACT_CODE, r.contractCode())
                .putValueTyped(PLAN_CODE, Variables.stringValue(r.planCode(), true))
                .putValueTyped(TRIGGER, Variables.stringValue(r.trigger().name(), true))
                .putValueTyped(SLOT_DATE, Variables.stringValue(r.slotDate() == null ? null : r.slotDate().toString(),
                        true))
                .putValueTyped(REASON, Variables.stringValue(r.reason(), true))
                .putValueTyped(REQUESTED_BY, Variables.stringValue(r.requestedBy(), true));
    }

    /** The variable's text, or null when it is missing or blank. */
    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
