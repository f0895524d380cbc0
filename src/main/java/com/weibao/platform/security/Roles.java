package com.weibao.platform.security;

import java.util.Set;

/** The Camunda groups Weibao's rights are built on; one place, so BPMN, setup and checks agree. */
public final class Roles {

    /** Hotline agents (热线坐席): register and triage cases. */
    public static final String AGENTS = "agents";
    /** Vendor engineers (工程师): support and resolve. */
    public static final String ENGINEERS = "engineers";
    /** Team leads (组长): dispatch, first escalation step. */
    public static final String LEADS = "leads";
    /** Service managers (服务经理): watch in Cockpit, second escalation step. */
    public static final String MANAGERS = "managers";
    /** Camunda's own administrators' group. */
    public static final String ADMINS = "camunda-admin";
    /**
     * Monitoring (监控): the account Prometheus scrapes {@code /actuator/prometheus} with; no Camunda rights, no
     * hospital, no webapp.
     */
    public static final String MONITORING = "monitoring";
    /**
     * Marks {@link Caller#system the application itself}; not a Camunda group and never one: Camunda refuses group
     * ids with a colon (generalResourceWhitelistPattern), so no user can be made a member.
     */
    static final String APPLICATION = "weibao:application";

    public static final Set<String> VENDOR_GROUPS = Set.of(AGENTS, ENGINEERS, LEADS, MANAGERS);

    /** Every hospital group (IT and clinical departments of any hospital), as a LIKE pattern for task queries. */
    public static final String ANY_HOSPITAL_GROUP = "hospital-%";

    private static final String HOSPITAL_IT_PREFIX = "hospital-it-";
    private static final String HOSPITAL_CLINICAL_PREFIX = "hospital-clinical-";

    private Roles() {
    }

    /** The hospital IT department (信息科) of a hospital; the BPMN uses the same pattern with the tenant id. */
    public static String hospitalItGroup(String hospitalCode) {
        return HOSPITAL_IT_PREFIX + hospitalCode;
    }

    /** The hospital's clinical departments (临床科室). */
    public static String hospitalClinicalGroup(String hospitalCode) {
        return HOSPITAL_CLINICAL_PREFIX + hospitalCode;
    }
}
