package com.weibao.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Builds a {@link Caller} from Camunda's identity service: the same users, groups and tenants as Tasklist. */
@Component
public class CallerDirectory {

    private final IdentityService identity;

    CallerDirectory(IdentityService identity) {
        this.identity = identity;
    }

    public boolean checkPassword(String userId, String password) {
        return identity.checkPassword(userId, password);
    }

    /** The Weibao user with this e-mail address, if exactly one has it (a mail's sender, say). */
    public Optional<Caller> byEmail(String email) {
        List<User> users = identity.createUserQuery().userEmail(email).list();
        return users.size() == 1 ? Optional.of(caller(users.get(0).getId())) : Optional.empty();
    }

    public Caller caller(String userId) {
        Set<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        Set<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).collect(Collectors.toSet());
        return new Caller(userId, groups, tenants);
    }
}
