package com.weibao.inspection;

/** A file kept with an inspection. */
public enum InspectionFileKind {
    /** A photo or document the engineer uploaded, for an item or for the inspection as a whole. */
    ATTACHMENT("照片/附件"),
    /** A version of the inspection report (巡检报告) for the hospital to sign. */
    REPORT("巡检报告"),
    /** The signed version: the last report with the departments' signatures, filed at archiving. */
    SIGNED_REPORT("签字版巡检报告");

    private final String label;

    InspectionFileKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
