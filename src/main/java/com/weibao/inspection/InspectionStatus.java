package com.weibao.inspection;

/** Where an inspection is: being done, waiting for the hospital's signatures, back for revision, archived. */
public enum InspectionStatus {
    IN_PROGRESS("巡检中"),
    AWAITING_SIGN_OFF("待院方签字"),
    REVISION("退回修改"),
    ARCHIVED("已归档");

    private final String label;

    InspectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
