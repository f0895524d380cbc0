/** Login throttling and its events. */
@NamedInterface("security-login")
package com.weibao.platform.security.login;

import org.springframework.modulith.NamedInterface;
