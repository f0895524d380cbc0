package com.weibao.intake.wechat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * weibao.wechat.*: the service account and the WeCom app (ids, secrets, callback tokens and AES keys, all from
 * environment variables), how old a callback's timestamp may be, how long binding codes live. Each app is off until
 * its id, secret and token are set.
 */
@ConfigurationProperties("weibao.wechat")
public record WeChatProperties(Mp mp, WeCom wecom, Duration maxSkew, Duration bindingCodeTtl, int maxAttempts) {

    public WeChatProperties {
        mp = mp == null ? new Mp(null, null, null, null, null, null, null) : mp;
        wecom = wecom == null ? new WeCom(null, null, null, null, null, null) : wecom;
        maxSkew = maxSkew == null ? Duration.ofMinutes(5) : maxSkew;
        bindingCodeTtl = bindingCodeTtl == null ? Duration.ofDays(7) : bindingCodeTtl;
        maxAttempts = maxAttempts <= 0 ? 3 : maxAttempts;
    }

    /**
     * The service account: app id and secret (API calls), token and EncodingAESKey (callbacks; with a key only
     * encrypted messages are accepted, without one only plain-text ones), API host (a local stub in tests), and an
     * optional template for status messages (without one, status changes go out as customer-service text messages).
     */
    public record Mp(String appId, String secret, String token, String aesKey, String apiHost, String templateId,
                     TemplateFields templateFields) {

        public Mp {
            apiHost = blank(apiHost) ? "https://api.weixin.qq.com" : apiHost;
            templateFields = templateFields == null ? new TemplateFields(null, null, null) : templateFields;
        }

        public boolean configured() {
            return !blank(appId) && !blank(secret) && !blank(token);
        }

        /** Safe mode (安全模式): with an AES key only encrypted callbacks are accepted. */
        public boolean safeMode() {
            return !blank(aesKey);
        }
    }

    /** The keys of the template's data fields: the case number, its new status, and the remark. */
    public record TemplateFields(String caseNumber, String status, String remark) {

        public TemplateFields {
            caseNumber = blank(caseNumber) ? "character_string1" : caseNumber;
            status = blank(status) ? "thing2" : status;
            remark = blank(remark) ? "thing3" : remark;
        }
    }

    /** The WeCom app: corp id, agent id and secret (API calls), token and EncodingAESKey (callbacks, always AES). */
    public record WeCom(String corpId, Integer agentId, String secret, String token, String aesKey,
                        String apiBaseUrl) {

        public WeCom {
            apiBaseUrl = blank(apiBaseUrl) ? "https://qyapi.weixin.qq.com" : apiBaseUrl;
        }

        public boolean configured() {
            return !blank(corpId) && agentId != null && !blank(secret) && !blank(token) && !blank(aesKey);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
