package com.weibao.inspection;

import com.weibao.platform.security.Roles;
import java.util.Arrays;
import java.util.Optional;

/** A hospital department that signs inspection reports, with the Camunda group its users belong to. */
public enum Department {
    IT("信息科"),
    CLINICAL("临床科室");

    private final String label;

    Department(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String group(String hospitalCode) {
        return this == IT ? Roles.hospitalItGroup(hospitalCode) : Roles.hospitalClinicalGroup(hospitalCode);
    }

    /** The department whose group this is, for the given hospital. */
    public static Optional<Department> ofGroup(String groupId, String hospitalCode) {
        return Arrays.stream(values()).filter(d -> d.group(hospitalCode).equals(groupId)).findFirst();
    }
}
