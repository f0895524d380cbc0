package com.weibao.quality;

/** Where a selected callback stands. */
public enum CallbackStatus {
    SCHEDULED("待回访"),
    REACHED("已回访"),
    UNREACHABLE("无法联系"),
    REFUSED("拒绝回访");

    private final String label;

    CallbackStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
