/** Masking of personal data in logs. */
@NamedInterface("logging")
package com.weibao.platform.logging;

import org.springframework.modulith.NamedInterface;
