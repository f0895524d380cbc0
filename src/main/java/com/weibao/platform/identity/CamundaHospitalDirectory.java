package com.weibao.platform.identity;

import com.weibao.platform.engine.HospitalTenancy;
import com.weibao.platform.security.Roles;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;

/**
 * A hospital is a Camunda tenant with two groups of its own, IT department and clinical departments.
 * The vendor's groups are members of every hospital's tenant; a hospital's groups only of their own. What the
 * hospital's groups may do with the features' processes, each feature says ({@link FeatureAccess}).
 */
@Component
class CamundaHospitalDirectory implements HospitalDirectory {

    private final IdentityAdmin admin;
    private final List<FeatureAccess> features;

    CamundaHospitalDirectory(IdentityAdmin admin, List<FeatureAccess> features) {
        this.admin = admin;
        this.features = features;
    }

    @Override
    public void hospitalRegistered(String code, String name) {
        if (HospitalTenancy.DESK.equals(code)) {
            throw new IllegalArgumentException("'" + code + "' is the vendor desk's tenant, not a hospital code");
        }
        admin.tenant(code, name);
        admin.group(Roles.hospitalItGroup(code), name + " 信息科", Groups.GROUP_TYPE_WORKFLOW);
        admin.group(Roles.hospitalClinicalGroup(code), name + " 临床科室", Groups.GROUP_TYPE_WORKFLOW);
        List<String> members = new ArrayList<>(List.of(Roles.hospitalItGroup(code), Roles.hospitalClinicalGroup(code)));
        members.addAll(Roles.VENDOR_GROUPS);
        for (String member : members) {
            admin.tenantGroup(code, member);
            // Tasklist and Cockpit show the hospital's name, read from the tenant, instead of its code
            admin.grantGroup(member, Resources.TENANT, code, Permissions.READ);
        }
        features.forEach(feature -> feature.grantHospital(admin, code));
    }
}
