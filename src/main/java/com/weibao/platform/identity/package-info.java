/** Users, groups, tenants and grants in the engine's identity service; the ports features contribute to. */
@NamedInterface("identity")
package com.weibao.platform.identity;

import org.springframework.modulith.NamedInterface;
