/** Digests shared by the features. */
@NamedInterface("crypto")
package com.weibao.platform.crypto;

import org.springframework.modulith.NamedInterface;
