/** The REST surface's errors and filters shared by all features. */
@NamedInterface("web")
package com.weibao.platform.web;

import org.springframework.modulith.NamedInterface;
