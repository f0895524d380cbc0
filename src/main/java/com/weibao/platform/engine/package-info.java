/** The process engine's configuration and the helpers features use to call it. */
@NamedInterface("engine")
package com.weibao.platform.engine;

import org.springframework.modulith.NamedInterface;
