package com.weibao.platform.identity;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.weibao.platform.engine.EngineCalls;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * People as people read them: the name a record, form, mail or document shows for the login id it keeps ("张伟 工程师",
 * not "engineer1"), and the application's own actors in words ("邮件接入", not "mail-intake"). Records keep the id; only
 * what is shown is named.
 */
@Component
public class PeopleNames {

    private static final Map<String, String> APPLICATION_ACTORS = Map.of(
            "system", "系统", "demo", "演示数据", "hotline", "热线电话", "mail-intake", "邮件接入",
            "registration", "登记", "triage", "分级", "wechat", "微信", "report", "报告");

    private final LoadingCache<String, String> names;

    PeopleNames(IdentityService identity, EngineCalls engineCalls) {
        // names change rarely; a minute's delay after a rename is fine, a lookup per shown line is not
        this.names = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000)
                .build(id -> engineCalls.asApplication(() -> {
                    User user = identity.createUserQuery().userId(id).singleResult();
                    return user == null ? id : nameOf(user);
                }));
    }

    /** The person's name for a login id, the application's actor in words, or the id when nobody has it. */
    public String nameOf(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        if (APPLICATION_ACTORS.containsKey(userId)) {
            return APPLICATION_ACTORS.get(userId);
        }
        if (userId.startsWith("mail:")) {
            return "邮件 " + userId.substring("mail:".length());
        }
        if (userId.startsWith("wechat:")) {
            return "微信用户 " + userId.substring("wechat:".length());
        }
        return names.get(userId);
    }

    /**
     * The name Tasklist shows for the user, "first last": "张伟 工程师", "深圳市人民医院 信息科" (the demo users keep
     * the role or department as the last name); the login id for a user without a name.
     */
    public static String nameOf(User user) {
        String name = (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
