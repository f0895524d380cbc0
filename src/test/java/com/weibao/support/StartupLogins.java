package com.weibao.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * A newcomer who logs in while Weibao is still starting, made deterministic: a start-up runner placed before all of
 * Weibao's own (users, rights, contracts, demo data) logs in on every door over real HTTP and keeps the answers; a
 * listener notes what a user could do at the moment Weibao turned ready.
 */
@TestConfiguration
public class StartupLogins {

    /** The answers during start-up, by door. */
    public static final Map<String, Http.Response> ANSWERS = new ConcurrentHashMap<>();
    /** At the moment of readiness: could agent log in, could admin open Cockpit. */
    public static final Map<String, Boolean> AT_READINESS = new ConcurrentHashMap<>();

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationRunner logInWhileStarting(Environment environment) {
        return args -> {
            int port = environment.getRequiredProperty("local.server.port", Integer.class);
            Http http = new Http(port);
            ANSWERS.put("api", http.get("agent", "/api/contracts"));
            ANSWERS.put("engine-rest", http.get("agent", "/engine-rest/task"));
            ANSWERS.put("readiness", http.get(null, "/actuator/health/readiness"));
            try (AddressedClient browser = AddressedClient.from("127.0.0.1", port)) {
                ANSWERS.put("tasklist-page", browser.webappGet("/camunda/app/tasklist/default/"));
                ANSWERS.put("webapp-login", browser.webappLogin("agent", "agent", "tasklist"));
            }
        };
    }

    @Bean
    ReadinessProbe readinessProbe(IdentityService identity, AuthorizationService authorizations) {
        return new ReadinessProbe(identity, authorizations);
    }

    static class ReadinessProbe {

        private final IdentityService identity;
        private final AuthorizationService authorizations;

        ReadinessProbe(IdentityService identity, AuthorizationService authorizations) {
            this.identity = identity;
            this.authorizations = authorizations;
        }

        @EventListener
        void readiness(AvailabilityChangeEvent<ReadinessState> event) {
            if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                AT_READINESS.put("agentLogsIn", identity.checkPassword("agent", "agent"));
                AT_READINESS.put("adminOpensCockpit", authorizations.isUserAuthorized("admin",
                        List.of("camunda-admin"), Permissions.ACCESS, Resources.APPLICATION, "cockpit"));
            }
        }
    }
}
