package com.weibao.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due notifications: woken after each commit that queued some, and every poll interval for retries.
 * A notification is claimed (PENDING → SENDING) before delivery, so several nodes never send it twice; one left
 * SENDING by a node that died is released after the lease. Delivery is at least once.
 */
@Component
public class NotificationDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final int BATCH = 50;

    private final NotificationRepository repository;
    private final Map<ChannelType, DeliveryChannel> channels;
    private final TransactionTemplate transaction;
    private final NotifyProperties properties;
    private final Clock clock;
    private ScheduledExecutorService executor;

    NotificationDispatcher(NotificationRepository repository, List<DeliveryChannel> channels,
                           PlatformTransactionManager transactionManager, NotifyProperties properties, Clock clock) {
        this.repository = repository;
        this.channels = channels.stream().collect(Collectors.toMap(DeliveryChannel::type, Function.identity()));
        this.transaction = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.clock = clock;
    }

    /** Looks for due notifications now (after the current delivery round, if one is running). */
    public void wakeUp() {
        ScheduledExecutorService running = executor;
        if (running != null && !running.isShutdown()) {
            running.execute(this::dispatchDue);
        }
    }

    /** One delivery round: everything due now. Package-visible for tests that drive it by hand. */
    void dispatchDue() {
        try {
            Instant now = clock.instant();
            transaction.executeWithoutResult(s -> repository.releaseAbandoned(now));
            List<Long> due;
            do {
                due = transaction.execute(s -> repository.findDue(clock.instant(), PageRequest.of(0, BATCH)));
                due.forEach(this::deliver);
            } while (due.size() == BATCH);
        } catch (RuntimeException e) {
            log.error("Notification round failed; the next round retries", e);
        }
    }

    private void deliver(Long id) {
        Instant leaseUntil = clock.instant().plus(properties.lease());
        Integer claimed = transaction.execute(s -> repository.claim(id, leaseUntil));
        if (claimed == null || claimed == 0) {
            return;
        }
        Notification notification = transaction.execute(s -> repository.findById(id).orElseThrow());
        DeliveryChannel channel = channels.get(notification.getChannel());
        String messageId = null;
        String error = null;
        boolean forGood = false;
        try {
            if (channel == null || !channel.enabled()) {
                throw new IllegalStateException("channel " + notification.getChannel() + " is not configured");
            }
            messageId = channel.deliver(notification);
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            forGood = DeliveryFailures.isPermanent(e);
            log.warn("Notification {} ({} to {}) not delivered{}: {}", id, notification.getChannel(),
                    notification.getAddress(), forGood ? ", for good (not retried)" : "", error);
        }
        String outcome = error;
        boolean permanent = forGood;
        String sentId = messageId;
        transaction.executeWithoutResult(s -> {
            Notification current = repository.findById(id).orElseThrow();
            if (outcome == null) {
                current.sent(sentId, clock.instant());
            } else {
                current.failed(outcome, clock.instant(), properties.maxAttempts(), properties.firstBackoff(),
                        properties.maxBackoff(), permanent);
            }
        });
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "notification-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::dispatchDue, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }
}
