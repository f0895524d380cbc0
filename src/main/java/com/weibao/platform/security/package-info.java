/** Who is calling: callers, roles and the security configuration. */
@NamedInterface("security")
package com.weibao.platform.security;

import org.springframework.modulith.NamedInterface;
