package com.weibao.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.AddressedClient;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the administrators' group (camunda-admin, the demo's `admin`) may do in the Camunda webapps, over their own
 * login and API as a browser uses them, and that nobody else may: open Cockpit and Admin, create and unlock users.
 */
class AdministratorsIT extends IntegrationTest {

    @Autowired
    IdentityService identity;

    private static final String ENGINE_API = "/camunda/api/engine/engine/default";

    @Test
    void administratorsOpenEveryWebappOthersOnlyTheirOwn() {
        for (String app : new String[] {"tasklist", "cockpit", "admin"}) {
            Http.Response login = webapp("admin", app);
            assertThat(login.status()).as("admin opens %s", app).isEqualTo(200);
            assertThat(login.json().get("authorizedApps")).extracting(JsonNode::asText)
                    .contains("tasklist", "cockpit", "admin");
        }
        assertThat(webapp("lead", "cockpit").status()).isEqualTo(200);
        assertThat(webapp("manager", "cockpit").status()).isEqualTo(200);
        for (String user : new String[] {"lead", "manager", "agent", "engineer1", "it-renmin"}) {
            assertThat(webapp(user, "admin").status()).as("%s opens Admin", user).isEqualTo(403);
        }
        assertThat(webapp("agent", "cockpit").status()).isEqualTo(403);
        assertThat(webapp("it-renmin", "cockpit").status()).isEqualTo(403);
    }

    @Test
    void administratorsCreateAndUnlockUsersOthersCannot() {
        String id = "new-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> user = Map.of(
                "profile", Map.of("id", id, "firstName", "王", "lastName", "芳", "email", id + "@weibao.local"),
                "credentials", Map.of("password", "Wq7!mZ3#pK9x"));

        try (AddressedClient lead = AddressedClient.from("127.0.0.1", port)) {
            assertThat(lead.webappLogin("lead", "lead", "tasklist").status()).isEqualTo(200);
            assertThat(lead.webappPost(ENGINE_API + "/user/create", user).status()).isEqualTo(403);
            assertThat(lead.webappPost(ENGINE_API + "/user/agent/unlock", "{}").status()).isEqualTo(403);
        }

        try (AddressedClient admin = AddressedClient.from("127.0.0.1", port)) {
            assertThat(admin.webappLogin("admin", "admin", "admin").status()).isEqualTo(200);
            assertThat(admin.webappPost(ENGINE_API + "/user/create", user).status()).isEqualTo(204);
            assertThat(admin.webappGet(ENGINE_API + "/user/" + id + "/profile").json().get("email").asText())
                    .isEqualTo(id + "@weibao.local");
            assertThat(admin.webappPost(ENGINE_API + "/user/" + id + "/unlock", "{}").status()).isEqualTo(204);
        }
        assertThat(http().get(id + ":Wq7!mZ3#pK9x", "/api/contracts").status()).isEqualTo(200);

        Http.Response byLead = http().post("lead", "/engine-rest/user/create", user);
        assertThat(byLead.status()).isEqualTo(403);
        identity.deleteUser(id);
    }

    /**
     * Camunda Admin creates a first administrator for anyone while none exists (a fresh production database):
     * Weibao refuses that page's API always, before Camunda decides, and creates nobody.
     */
    @Test
    void nobodyCreatesTheFirstAdministratorThroughTheSetupPage() {
        String id = "setup-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> user = Map.of("profile", Map.of("id", id, "firstName", "攻", "lastName", "击"),
                "credentials", Map.of("password", "Wq7!mZ3#pK9x"));

        try (AddressedClient stranger = AddressedClient.from("127.0.0.1", port)) {
            Http.Response setup = stranger.webappPost("/camunda/api/admin/setup/default/user/create", user);

            assertThat(setup.status()).isEqualTo(403);
            assertThat(setup.json().get("type").asText()).isEqualTo("urn:weibao:problem:setup-disabled");
            assertThat(setup.json().get("message").asText()).contains("camunda.bpm.admin-user");
        }
        assertThat(identity.createUserQuery().userId(id).count()).isZero();
    }

    private Http.Response webapp(String user, String app) {
        try (AddressedClient browser = AddressedClient.from("127.0.0.1", port)) {
            return browser.webappLogin(user, user, app);
        }
    }
}
