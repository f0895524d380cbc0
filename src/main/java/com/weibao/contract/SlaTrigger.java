package com.weibao.contract;

/** When a target starts to apply; its clock always runs from the report. */
public enum SlaTrigger {
    /** From the report on. */
    REPORTED,
    /** Once an on-site visit is found necessary (phone and remote could not fix it). */
    ONSITE_REQUIRED,
    /** Only if the case was reported while the target's window was closed (after-hours rule). */
    REPORTED_WHILE_CLOSED
}
