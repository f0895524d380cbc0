package com.weibao.platform.identity;

import com.weibao.contract.Hospital;
import com.weibao.contract.HospitalDirectory;
import com.weibao.inspection.process.InspectionProcess;
import com.weibao.platform.engine.HospitalTenancy;
import com.weibao.platform.security.Roles;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * A hospital is a Camunda tenant with two groups of its own, IT department and clinical departments.
 * The vendor's groups are members of every hospital's tenant; a hospital's groups only of their own.
 */
@Component
class CamundaHospitalDirectory implements HospitalDirectory {

    private final IdentityAdmin admin;

    CamundaHospitalDirectory(IdentityAdmin admin) {
        this.admin = admin;
    }

    @Override
    public void hospitalRegistered(Hospital hospital) {
        String code = hospital.getCode();
        if (HospitalTenancy.DESK.equals(code)) {
            throw new IllegalArgumentException("'" + code + "' is the vendor desk's tenant, not a hospital code");
        }
        admin.tenant(code, hospital.getName());
        admin.group(Roles.hospitalItGroup(code), hospital.getName() + " 信息科", Groups.GROUP_TYPE_WORKFLOW);
        admin.group(Roles.hospitalClinicalGroup(code), hospital.getName() + " 临床科室", Groups.GROUP_TYPE_WORKFLOW);
        admin.tenantGroup(code, Roles.hospitalItGroup(code));
        admin.tenantGroup(code, Roles.hospitalClinicalGroup(code));
        for (String vendorGroup : Roles.VENDOR_GROUPS) {
            admin.tenantGroup(code, vendorGroup);
        }
        // the hospital's IT department may start an inspection of its own contracts (checked when it starts)
        admin.grantGroup(Roles.hospitalItGroup(code), Resources.PROCESS_DEFINITION, InspectionProcess.KEY,
                Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        admin.grantGroup(Roles.hospitalItGroup(code), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
}
