package com.weibao.cases;

/** Where a case came in. */
public enum Channel {
    PHONE("电话"),
    EMAIL("邮件"),
    WECHAT("微信"),
    WEB("网页"),
    FAX("传真"),
    INSPECTION("巡检");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    /** The Chinese name shown to hospital users. */
    public String label() {
        return label;
    }
}
