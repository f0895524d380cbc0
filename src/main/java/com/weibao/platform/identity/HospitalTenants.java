package com.weibao.platform.identity;

import java.util.List;
import java.util.Optional;

/**
 * The hospitals Weibao serves, each a tenant of the engine. The contract module knows them; the platform asks
 * through this port (demo users per hospital, the tenant of a contract's process instance).
 */
public interface HospitalTenants {

    /** A hospital as a tenant: its code (the tenant id) and its name. */
    record Tenant(String code, String name) {}

    List<Tenant> all();

    /** The code of the hospital that holds the contract, if the contract is known. */
    Optional<String> hospitalOfContract(String contractCode);
}
