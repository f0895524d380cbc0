package com.weibao.intake.wechat;

import org.springframework.modulith.NamedInterface;

/**
 * The two WeChat doors: the service account (服务号) for reporters and the WeCom (企业微信) app for hospital staff.
 * Published to other modules (the pages' labels name them).
 */
@NamedInterface("wechat-apps")
public enum WeChatApp {
    MP("服务号"),
    WECOM("企业微信");

    private final String label;

    WeChatApp(String label) {
        this.label = label;
    }

    /** The Chinese name shown to users. */
    public String label() {
        return label;
    }

    /** The quarantine source of this app's callbacks. */
    public String source() {
        return this == MP ? "WECHAT_MP" : "WECOM";
    }
}
