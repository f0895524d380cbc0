package com.weibao.change;

/** Where an expert panel stands: the experts give their opinions, then the lead records the conclusion. */
public enum ExpertPanelStatus {
    COLLECTING_OPINIONS("征求专家意见"),
    AWAITING_CONCLUSION("待记录会诊结论"),
    CONCLUDED("已出会诊结论");

    private final String label;

    ExpertPanelStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
