package com.weibao.cases;

import java.util.Optional;

/**
 * Ways to reach a case's reporter that the case itself does not record, e.g. the WeChat account the reporter
 * bound or wrote from. The WeChat intake implements it; {@link CaseContacts} asks it for the reporter's contact.
 */
public interface ReporterAddresses {

    /** The reporter's WeChat: a service-account openid and/or a WeCom user id. */
    record WeChatAddress(String openId, String wecomUserId) {
    }

    Optional<WeChatAddress> wechatOf(SupportCase supportCase);
}
