package com.weibao.intake.wechat;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Weibao users' names and e-mail addresses from Camunda's identity service, for bindings. */
@Component
class UserProfiles {

    record Profile(String userId, String name, String email) {
    }

    private final IdentityService identity;

    UserProfiles(IdentityService identity) {
        this.identity = identity;
    }

    Optional<Profile> find(String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return Optional.empty();
        }
        String name = String.join(" ", nonNull(user.getFirstName()), nonNull(user.getLastName())).strip();
        return Optional.of(new Profile(user.getId(), name.isEmpty() ? user.getId() : name, user.getEmail()));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
