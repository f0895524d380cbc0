package com.weibao.platform.identity;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.query.Query;
import org.springframework.stereotype.Component;

/** Idempotent helpers over Camunda's identity, authorization and filter services: "make it so" calls. */
@Component
public class IdentityAdmin {

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;

    IdentityAdmin(IdentityService identity, AuthorizationService authorizations, FilterService filters) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
    }

    public void group(String id, String name, String type) {
        Group group = identity.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identity.newGroup(id);
        }
        group.setName(name);
        group.setType(type);
        identity.saveGroup(group);
    }

    public void tenant(String id, String name) {
        Tenant tenant = identity.createTenantQuery().tenantId(id).singleResult();
        if (tenant == null) {
            tenant = identity.newTenant(id);
        }
        tenant.setName(name);
        identity.saveTenant(tenant);
    }

    public void tenantGroup(String tenantId, String groupId) {
        if (identity.createTenantQuery().tenantId(tenantId).groupMember(groupId).count() == 0) {
            identity.createTenantGroupMembership(tenantId, groupId);
        }
    }

    /** Creates the user if missing (with that password); an existing user keeps the password it has. */
    public void user(String id, String password, String firstName, String lastName, String email) {
        User user = identity.createUserQuery().userId(id).singleResult();
        boolean created = user == null;
        if (created) {
            user = identity.newUser(id);
            user.setPassword(password);
        }
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        identity.saveUser(user);
    }

    public void membership(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
    }

    /** Grants a group the permissions on a resource (id or "*"), adding to what it already has. */
    public void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization grant = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT)
                .singleResult();
        if (grant == null) {
            grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }

    /** Grants everybody (a global authorization) the permissions on a resource. */
    public void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
        Authorization global = authorizations.createAuthorizationQuery().userIdIn(Authorization.ANY)
                .resourceType(resource).resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .singleResult();
        if (global == null) {
            global = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            global.setUserId(Authorization.ANY);
            global.setResource(resource);
            global.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            global.addPermission(permission);
        }
        authorizations.saveAuthorization(global);
    }

    /**
     * A Tasklist task filter (created, or brought up to date by name) listing what the query finds, shown to the given
     * groups, or to everybody when none are given; {@code order} places it in Tasklist's list (lower first). Each task's
     * row shows the case number, its level and the inspection number where the process has them.
     */
    public void taskFilter(String name, int order, String description, String color, Query<?, ?> query,
                           String... groups) {
        Map<String, Object> properties = Map.of("priority", order, "description", description, "refresh", true,
                "color", color, "variables", List.of(Map.of("name", "caseNumber", "label", "工单号"),
                        Map.of("name", "priority", "label", "等级"),
                        Map.of("name", "inspectionRef", "label", "巡检单号")));
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name);
        }
        filters.saveFilter(filter.setQuery(query).setProperties(properties));
        if (groups.length == 0) {
            grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
        }
        for (String group : groups) {
            grantGroup(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }

    /** Takes back a global authorization (everybody's) on a resource, if there is one. */
    public void revokeEveryone(Resource resource, String resourceId) {
        Authorization global = authorizations.createAuthorizationQuery().userIdIn(Authorization.ANY)
                .resourceType(resource).resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .singleResult();
        if (global != null) {
            authorizations.deleteAuthorization(global.getId());
        }
    }
}
