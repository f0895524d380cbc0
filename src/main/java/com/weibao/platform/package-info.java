/**
 * Shared infrastructure that knows no feature: engine configuration, security, identity and tenancy, web errors,
 * logging, reports and YAML. Each sub-package the features use is a named interface; features contribute what the
 * platform needs of them (grants, tenants, contacts) through the ports it defines.
 */
@ApplicationModule(displayName = "Platform")
package com.weibao.platform;

import org.springframework.modulith.ApplicationModule;
