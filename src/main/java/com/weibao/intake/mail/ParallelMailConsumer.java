package com.weibao.intake.mail;

import jakarta.mail.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.component.mail.JavaMailSender;
import org.apache.camel.component.mail.MailComponent;
import org.apache.camel.component.mail.MailConfiguration;
import org.apache.camel.component.mail.MailConsumer;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.component.mail.MailMessage;
import org.apache.camel.support.DefaultScheduledPollConsumerScheduler;

/**
 * Camel's IMAP consumer, taking the mails of one poll in on several workers at once. The poll (search for unseen
 * mail, fetch) stays on the consumer's thread; each mail of the batch goes to a bounded pool of {@code workers}
 * threads, each in its own transaction; the poll waits for the whole batch and only then marks each mail whose
 * outcome committed as seen (or moves it), on the consumer's thread and connection as Camel does. A mail whose intake
 * failed stays unseen for a later poll. Exactly once holds as before: the ledger's unique key (Message-ID and content
 * hash) is inserted first in every intake transaction, so a mail offered twice (a crash before it was marked seen,
 * another node) is recognised and skipped.
 *
 * <p>New mail is noticed without waiting for the next poll where the server supports IMAP IDLE
 * ({@link MailboxIdleWatcher} wakes the poll up); polling every poll interval remains the fallback.
 */
final class ParallelMailConsumer extends MailConsumer {

    private final int workers;
    private final MailboxIdleWatcher idleWatcher;
    private ExecutorService pool;

    private ParallelMailConsumer(ParallelMailEndpoint endpoint, Processor processor, JavaMailSender sender) {
        super(endpoint, processor, sender);
        this.workers = endpoint.workers;
        this.idleWatcher = endpoint.idleWatcher;
    }

    @Override
    protected void doStart() throws Exception {
        pool = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newFixedThreadPool(this, "MailIntakeWorker", workers);
        // Camel's own scheduler, which can also be asked to poll at once
        WakeableScheduler scheduler = new WakeableScheduler();
        scheduler.setDelay(getDelay());
        scheduler.setInitialDelay(getInitialDelay());
        scheduler.setTimeUnit(getTimeUnit());
        scheduler.setUseFixedDelay(isUseFixedDelay());
        setScheduler(scheduler);
        super.doStart();
        if (idleWatcher != null) {
            idleWatcher.start(this::wakeUp);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (idleWatcher != null) {
            idleWatcher.stop();
        }
        super.doStop();
        if (pool != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(pool);
            pool = null;
        }
    }

    /** Polls at once (new mail announced by IDLE), unless a poll is already waiting to run. */
    private void wakeUp() {
        if (getScheduler() instanceof WakeableScheduler scheduler) {
            scheduler.wakeUp();
        }
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        if (workers <= 1 || total <= 1) {
            return super.processBatch(exchanges);
        }
        List<Exchange> batch = new ArrayList<>(total);
        List<Message> mails = new ArrayList<>(total);
        List<Future<?>> running = new ArrayList<>(total);
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            batch.add(exchange);
            mails.add(exchange.getIn(MailMessage.class).getOriginalMessage());
            running.add(pool.submit(() -> {
                processExchange(exchange);
                return null;
            }));
        }
        // the whole batch first: the folder stays open and is used by this thread only for the commits
        for (int i = 0; i < running.size(); i++) {
            try {
                running.get(i).get();
            } catch (ExecutionException e) {
                batch.get(i).setException(e.getCause());
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            Exchange exchange = batch.get(i);
            if (exchange.isFailed()) {
                processRollback(mails.get(i), exchange);
            } else {
                processCommit(mails.get(i), exchange);
            }
        }
        return total;
    }

    /** An IMAP endpoint whose consumer is a {@link ParallelMailConsumer}. */
    static final class ParallelMailEndpoint extends MailEndpoint {

        private final int workers;
        private final MailboxIdleWatcher idleWatcher;

        ParallelMailEndpoint(String uri, MailComponent component, MailConfiguration configuration, int workers,
                             MailboxIdleWatcher idleWatcher) {
            super(uri, component, configuration);
            this.workers = workers;
            this.idleWatcher = idleWatcher;
        }

        @Override
        public Consumer createConsumer(Processor processor, JavaMailSender sender) throws Exception {
            ParallelMailConsumer consumer = new ParallelMailConsumer(this, processor, sender);
            consumer.setHandleFailedMessage(getConfiguration().isHandleFailedMessage());
            consumer.setSkipFailedMessage(getConfiguration().isSkipFailedMessage());
            consumer.setMaxMessagesPerPoll(getMaxMessagesPerPoll());
            configureConsumer(consumer);
            return consumer;
        }
    }

    /**
     * Camel's scheduler (one thread, a poll every delay) that can also be asked to poll at once; polls never overlap,
     * as the extra poll runs on the same single thread.
     */
    static final class WakeableScheduler extends DefaultScheduledPollConsumerScheduler {

        private final AtomicBoolean pending = new AtomicBoolean();
        private volatile Runnable task;

        @Override
        public void scheduleTask(Runnable task) {
            this.task = task;
            super.scheduleTask(task);
        }

        @Override
        public void unscheduleTask() {
            task = null;
            super.unscheduleTask();
        }

        void wakeUp() {
            Runnable poll = task;
            ScheduledExecutorService executor = getScheduledExecutorService();
            if (poll == null || executor == null || !isSchedulerStarted() || !pending.compareAndSet(false, true)) {
                return;
            }
            try {
                executor.execute(() -> {
                    pending.set(false);
                    poll.run();
                });
            } catch (RejectedExecutionException e) {
                pending.set(false);
            }
        }
    }
}
