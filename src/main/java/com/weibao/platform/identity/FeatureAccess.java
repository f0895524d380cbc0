package com.weibao.platform.identity;

/**
 * What a feature's processes allow which group, contributed by the feature: {@link AccessSetup} sets up the roles
 * and asks each feature for its grants at start; {@link CamundaHospitalDirectory} asks again for every hospital
 * that becomes known.
 */
public interface FeatureAccess {

    /** The grants of the vendor's groups and of everybody on the feature's processes. */
    void grant(IdentityAdmin admin);

    /** The grants of the hospital's own groups on the feature's processes; none unless the feature says so. */
    default void grantHospital(IdentityAdmin admin, String hospitalCode) {
    }
}
