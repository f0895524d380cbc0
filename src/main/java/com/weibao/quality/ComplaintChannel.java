package com.weibao.quality;

import com.weibao.cases.Channel;

/** Where a complaint came in: a case's intake channel (classified 投诉 at triage), the callback, or the API. */
public enum ComplaintChannel {
    PHONE("电话"),
    EMAIL("邮件"),
    WECHAT("微信"),
    WEB("网页"),
    FAX("传真"),
    INSPECTION("巡检"),
    CALLBACK("电话回访"),
    API("接口");

    private final String label;

    ComplaintChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ComplaintChannel of(Channel channel) {
        return channel == null ? PHONE : valueOf(channel.name());
    }
}
