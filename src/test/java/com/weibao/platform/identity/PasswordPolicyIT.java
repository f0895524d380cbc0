package com.weibao.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Camunda's password policy over its REST API (what Camunda Admin uses): weak passwords are refused with the rules
 * they break, strong ones accepted; in the demo profile each demo user may keep their own name as password.
 */
class PasswordPolicyIT extends IntegrationTest {

    @Autowired
    IdentityService identity;

    @Test
    void aWeakPasswordIsRefusedWithTheRulesAStrongOneAccepted() {
        String id = "policy-" + UUID.randomUUID().toString().substring(0, 8);
        for (String weak : new String[] {"a", "password1", "Sommer2026", id + "#X1a"}) {
            Http.Response refused = http().post("admin", "/engine-rest/user/create", user(id, weak));
            assertThat(refused.status()).as(weak).isEqualTo(400);
            assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("password");
            assertThat(refused.json().at("/errors/0/message").asText())
                    .startsWith("does not match the password policy")
                    .contains("at least 10 characters", "special character", "not the user's id");
        }
        assertThat(http().get("admin", "/engine-rest/user?id=" + id).json()).isEmpty();

        assertThat(http().post("admin", "/engine-rest/user/create", user(id, "Tz4$wq8!Rn")).status())
                .isEqualTo(204);
        assertThat(http().get(id + ":Tz4$wq8!Rn", "/api/contracts").status()).isEqualTo(200);
        identity.deleteUser(id);
    }

    /** The demo's one exception: a demo user's own name, for that user only; nobody else's name, no other user. */
    @Test
    void demoUsersKeepTheirOwnNameAsPasswordAndNothingElseWeak() {
        assertThat(putCredentials("engineer2", "engineer2")).isEqualTo(204);
        assertThat(http().get("engineer2", "/api/contracts").status()).isEqualTo(200);
        assertThat(putCredentials("engineer2", "engineer1")).isEqualTo(400);
        assertThat(putCredentials("engineer2", "a")).isEqualTo(400);

        String id = "demo-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http().post("admin", "/engine-rest/user/create", user(id, id)).status()).isEqualTo(400);
    }

    private int putCredentials(String user, String newPassword) {
        return http().put(user, "/engine-rest/user/" + user + "/credentials",
                Map.of("password", newPassword, "authenticatedUserPassword", user)).status();
    }

    private static Map<String, Object> user(String id, String password) {
        return Map.of("profile", Map.of("id", id, "firstName", "李", "lastName", "娜", "email", id + "@weibao.local"),
                "credentials", Map.of("password", password));
    }
}
