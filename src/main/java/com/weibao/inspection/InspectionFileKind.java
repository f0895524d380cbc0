package com.weibao.inspection;

/** A file kept with an inspection. */
public enum InspectionFileKind {
    /** A photo or document the engineer uploaded, for an item or for the inspection as a whole. */
    ATTACHMENT,
    /** A version of the inspection report (巡检报告) for the hospital to sign. */
    REPORT,
    /** The signed version: the last report with the departments' signatures, filed at archiving. */
    SIGNED_REPORT
}
