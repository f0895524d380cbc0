package com.weibao.platform.security;

import java.util.Collections;
import java.util.Set;

/**
 * Who is asking: a user with the groups and tenants (hospitals) Camunda's identity service knows.
 * Vendor staff are members of every hospital's tenant; hospital users only of their own.
 */
public record Caller(String userId, Set<String> groupIds, Set<String> hospitalCodes) {

    public Caller {
        groupIds = Set.copyOf(groupIds);
        hospitalCodes = Set.copyOf(hospitalCodes);
    }

    /** The application itself, e.g. a mail route or a timer: sees everything. */
    public static Caller system(String name) {
        return new Caller(name, Set.of(Roles.ADMINS, Roles.APPLICATION), Collections.emptySet());
    }

    /** The application acting on its own (an intake channel, a timer), not a user. */
    public boolean isApplication() {
        return groupIds.contains(Roles.APPLICATION);
    }

    public boolean isAdmin() {
        return groupIds.contains(Roles.ADMINS);
    }

    public boolean isVendorStaff() {
        return isAdmin() || groupIds.stream().anyMatch(Roles.VENDOR_GROUPS::contains);
    }

    public boolean inGroup(String groupId) {
        return groupIds.contains(groupId);
    }

    /** Cases without a hospital yet (an unknown sender's mail, say) are for vendor staff only. */
    public boolean canSeeHospital(String hospitalCode) {
        if (isAdmin()) {
            return true;
        }
        return hospitalCode == null ? isVendorStaff() : hospitalCodes.contains(hospitalCode);
    }
}
