package com.weibao.intake.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * /actuator/health component "mailIntake": per mailbox the last successful poll, consecutive failures and the
 * last error. DOWN when a mailbox has been failing for longer than weibao.intake.mail.down-after (a short blip
 * of the mail server is retried without alarm).
 */
@Component("mailIntakeHealthIndicator")
@ConditionalOnProperty(name = "weibao.intake.mail.enabled", havingValue = "true", matchIfMissing = true)
class MailIntakeHealthIndicator implements HealthIndicator {

    private final MailIntakeMonitor monitor;
    private final MailIntakeProperties properties;
    private final Clock clock;

    MailIntakeHealthIndicator(MailIntakeMonitor monitor, MailIntakeProperties properties, Clock clock) {
        this.monitor = monitor;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        boolean down = false;
        Map<String, Object> details = new LinkedHashMap<>();
        for (MailIntakeProperties.Mailbox mailbox : properties.mailboxes()) {
            MailIntakeMonitor.MailboxState state = monitor.state(mailbox.name());
            Map<String, Object> box = new LinkedHashMap<>();
            box.put("server", mailbox.protocol() + "://" + mailbox.host() + ":" + mailbox.port() + "/" + mailbox.folder());
            box.put("lastSuccessfulPoll", state.lastSuccessfulPoll == null ? "never" : state.lastSuccessfulPoll.toString());
            box.put("consecutiveFailures", state.consecutiveFailures);
            if (state.lastError != null) {
                box.put("lastError", state.lastError);
                box.put("lastErrorAt", state.lastErrorAt.toString());
            }
            Map<String, Long> results = new LinkedHashMap<>();
            state.results.forEach((result, count) -> results.put(result.name(), count.get()));
            box.put("mails", results);
            Instant failingSince = state.failingSince;
            boolean failing = state.consecutiveFailures > 0 && failingSince != null
                    && failingSince.plus(properties.downAfter()).isBefore(now);
            box.put("status", failing ? "DOWN" : "UP");
            down |= failing;
            details.put(mailbox.name(), box);
        }
        return (down ? Health.down() : Health.up()).withDetails(details).build();
    }
}
