package com.weibao.cases.process;

import com.weibao.cases.Channel;
import com.weibao.cases.Impact;
import com.weibao.cases.NewCase;
import com.weibao.cases.Reporter;
import com.weibao.cases.SupportCase;
import com.weibao.contract.Category;
import com.weibao.contract.Priority;
import com.weibao.platform.engine.HospitalTenancy;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The case process's variables. The process keeps the case id and number, for people and for Tasklist's lists (its
 * own steps find the case by their process instance, never by these), and what routes it (contract, category,
 * impact, level, the outcome of the last decision); everything else lives in the case tables.
 */
public final class CaseVariables {

    public static final String CASE_ID = "caseId";
    /** Also the business key; a variable too, so Tasklist's filters can show it in the task list. */
    public static final String CASE_NUMBER = "caseNumber";
    public static final String CONTRACT_CODE = HospitalTenancy.CONTRACT_CODE;
    public static final String CATEGORY = "category";
    public static final String IMPACT = "impact";
    public static final String REPORTED_PRIORITY = "reportedPriority";
    public static final String PRIORITY = "priority";
    /** The dispatch form's choice of engineer; it becomes the case's assignee. */
    public static final String ASSIGNEE = "assignee";
    public static final String REGISTERED_BY = "registeredBy";
    public static final String TRIAGE_DECISION = "triageDecision";
    /** Set at triage: the case came in without a contract, it goes on in its hospital's tenant (移交医院处理). */
    public static final String HAND_OVER = "handOverToHospital";
    public static final String SUPPORT_OUTCOME = "supportOutcome";
    public static final String CONFIRMATION = "confirmation";
    /** The time agreed with the hospital to carry on; the waiting timer's date. */
    public static final String AGREED_TIME = "agreedTime";
    /** The read-only view of the case a task form shows; local to the task. */
    public static final String CASE_VIEW = "caseView";

    /** Intake fields the register step turns into the case and then removes from the process. */
    static final String SYSTEM_CODE = "systemCode";
    static final String REPORTER_NAME = "reporterName";
    static final String REPORTER_PHONE = "reporterPhone";
    static final String REPORTER_EMAIL = "reporterEmail";
    static final String REPORTER_DEPARTMENT = "reporterDepartment";
    static final String CHANNEL = "channel";
    static final String SUMMARY = "summary";
    static final String DESCRIPTION = "description";
    static final String REPORTED_AT = "reportedAt";
    /** Why the start form dates the report back (a call taken on paper); shown in the case history. */
    static final String REPORTED_AT_REASON = "reportedAtReason";
    /** Set by an intake channel that could not tell the contract: triage assigns it. */
    static final String CONTRACT_TO_BE_ASSIGNED = "contractToBeAssigned";
    /** The contract triage chooses for a case that came in without one. */
    static final String TRIAGE_CONTRACT = "triageContract";
    static final List<String> INTAKE_ONLY = List.of(SYSTEM_CODE, REPORTER_NAME, REPORTER_PHONE, REPORTER_EMAIL,
            REPORTER_DEPARTMENT, CHANNEL, SUMMARY, DESCRIPTION, REPORTED_AT, REPORTED_AT_REASON, REGISTERED_BY,
            CONTRACT_TO_BE_ASSIGNED);

    private CaseVariables() {
    }

    /** Start variables for a new case; the intake-only ones are transient, they never reach the database. */
    static VariableMap startVariables(NewCase c) {
        Reporter r = c.reporter();
        return Variables.createVariables()
                .putValue(CONTRACT_CODE, c.contractCode())
                .putValue(CATEGORY, name(c.category()))
                .putValue(IMPACT, name(c.impact()))
                .putValue(REPORTED_PRIORITY, name(c.priority()))
                .putValueTyped(SYSTEM_CODE, Variables.stringValue(c.systemCode(), true))
                .putValueTyped(REPORTER_NAME, Variables.stringValue(r == null ? null : r.getName(), true))
                .putValueTyped(REPORTER_PHONE, Variables.stringValue(r == null ? null : r.getPhone(), true))
                .putValueTyped(REPORTER_EMAIL, Variables.stringValue(r == null ? null : r.getEmail(), true))
                .putValueTyped(REPORTER_DEPARTMENT, Variables.stringValue(r == null ? null : r.getDepartment(), true))
                .putValueTyped(CHANNEL, Variables.stringValue(name(c.channel()), true))
                .putValueTyped(SUMMARY, Variables.stringValue(c.summary(), true))
                .putValueTyped(DESCRIPTION, Variables.stringValue(c.description(), true))
                .putValueTyped(REPORTED_AT, Variables.stringValue(
                        c.reportedAt() == null ? null : c.reportedAt().toString(), true))
                .putValueTyped(REPORTED_AT_REASON, Variables.stringValue(c.reportedAtReason(), true))
                .putValueTyped(REGISTERED_BY, Variables.stringValue(c.registeredBy(), true))
                .putValueTyped(CONTRACT_TO_BE_ASSIGNED, Variables.booleanValue(c.contractToBeAssigned(), true));
    }

    /** What the case's process keeps when it goes on in its hospital's tenant, taken from the case itself. */
    static VariableMap handOverVariables(SupportCase c) {
        return Variables.createVariables()
                .putValue(CONTRACT_CODE, c.getContract().getCode())
                .putValue(CASE_ID, c.getId())
                .putValue(CASE_NUMBER, c.getNumber())
                .putValue(CATEGORY, name(c.getCategory()))
                .putValue(IMPACT, name(c.getImpact()))
                .putValue(PRIORITY, name(c.getPriority()));
    }

    /** The new case as the start form or an intake channel described it. */
    static NewCase newCase(VariableScope scope, String actor) {
        FormValues v = new FormValues(scope);
        Reporter reporter = new Reporter(v.text(REPORTER_NAME), v.text(REPORTER_PHONE), v.text(REPORTER_EMAIL),
                v.text(REPORTER_DEPARTMENT));
        return new NewCase(v.text(CONTRACT_CODE), v.text(SYSTEM_CODE), reporter,
                v.enumValue(CHANNEL, Channel.class), v.enumValue(CATEGORY, Category.class),
                v.enumValue(IMPACT, Impact.class), v.text(SUMMARY), v.text(DESCRIPTION), v.instant(REPORTED_AT),
                v.enumValue(REPORTED_PRIORITY, Priority.class), actor,
                Boolean.TRUE.equals(scope.getVariable(CONTRACT_TO_BE_ASSIGNED)), v.text(REPORTED_AT_REASON));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
