package com.weibao.notify;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * "notifications" health: a mail server that is down is the outbox's normal business (it retries), so it does not
 * make Weibao DOWN; notifications that gave up or wait long are a WARNING a supervisor should look at.
 */
@Component("notificationsHealthIndicator")
class NotificationHealth implements HealthIndicator {

    private static final Status WARNING = new Status("WARNING", "notifications are not getting out");
    private static final Duration LONG_WAIT = Duration.ofMinutes(15);

    private final NotificationRepository repository;
    private final Clock clock;

    NotificationHealth(NotificationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Health health() {
        long failed = repository.countByStatus(NotificationStatus.FAILED);
        long waiting = repository.countByStatusAndCreatedAtBefore(NotificationStatus.PENDING,
                clock.instant().minus(LONG_WAIT));
        Health.Builder health = failed == 0 && waiting == 0 ? Health.up() : Health.status(WARNING);
        return health.withDetail("failed", failed).withDetail("pendingLongerThan15Minutes", waiting).build();
    }
}
