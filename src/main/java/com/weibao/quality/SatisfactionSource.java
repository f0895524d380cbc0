package com.weibao.quality;

/** Where a satisfaction rating was given. */
public enum SatisfactionSource {
    /** The hospital's confirmation of the resolution (确认解决结果). */
    CONFIRMATION("确认评价"),
    /** The callback team's phone callback (电话回访). */
    CALLBACK("电话回访"),
    /** The yearly satisfaction survey of the hospital's departments by phone (满意度调查). */
    SURVEY("满意度调查"),
    /** A rating through WeChat; not collected yet. */
    WECHAT("微信评价");

    private final String label;

    SatisfactionSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
