package com.weibao.contract;

/** Makes a hospital known to the engine's identity service (tenant, departments' groups); engine-side port. */
public interface HospitalDirectory {

    void hospitalRegistered(Hospital hospital);
}
