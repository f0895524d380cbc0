package com.weibao.platform.security.login;

import java.time.Instant;
import java.util.List;

/**
 * An administrator lifted login locks (Weibao's API, or Camunda Admin's "Unlock User"), published as a Spring
 * application event; {@code user} and {@code address} are what the administrator asked for (either may be null).
 */
public record LoginLocksLifted(Instant at, String liftedBy, String user, String address, List<LoginLock> lifted) {
}
