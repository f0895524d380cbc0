package com.weibao.platform.identity;

/** Makes a hospital known to the engine's identity service (tenant, departments' groups). */
public interface HospitalDirectory {

    void hospitalRegistered(String code, String name);
}
