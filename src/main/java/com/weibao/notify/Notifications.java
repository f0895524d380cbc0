package com.weibao.notify;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one outbound interface: queue a message for a recipient. It is stored with the caller's transaction
 * (so it exists exactly when what caused it does) and delivered after commit by the {@link NotificationDispatcher}.
 */
@Service
@Transactional
public class Notifications {

    private final List<ContactDirectory> directories;
    private final List<DeliveryChannel> channels;
    private final NotificationRepository repository;
    private final NotificationDispatcher dispatcher;
    private final NotifyProperties properties;
    private final Clock clock;

    Notifications(List<ContactDirectory> directories, List<DeliveryChannel> channels,
                  NotificationRepository repository, NotificationDispatcher dispatcher, NotifyProperties properties,
                  Clock clock) {
        this.directories = directories;
        this.channels = channels;
        this.repository = repository;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.clock = clock;
    }

    /** Queues the message for every person the recipient stands for, on the first channel that reaches each. */
    public List<Notification> send(NotificationRequest request) {
        List<Contact> contacts = directories.stream().filter(d -> d.resolves(request.recipient().kind()))
                .findFirst()
                .map(d -> d.contacts(request.recipient(), request.caseId()))
                .orElse(List.of());
        List<Notification> queued = new ArrayList<>();
        if (contacts.isEmpty()) {
            queue(request, request.recipient().toString(), null, null, queued);
        }
        for (Contact contact : contacts) {
            String who = contact.name() == null ? request.recipient().toString() : contact.name();
            Optional<DeliveryChannel> channel = channelFor(contact);
            queue(request, who, channel.map(DeliveryChannel::type).orElse(null),
                    channel.flatMap(c -> c.addressOf(contact)).orElse(null), queued);
        }
        wakeDispatcherAfterCommit();
        return queued;
    }

    /** The case a mail Weibao sent belongs to, by the mail's Message-ID (e.g. from a reply's In-Reply-To). */
    @Transactional(readOnly = true)
    public Optional<Long> caseOfSentMail(String messageId) {
        return messageId == null ? Optional.empty()
                : repository.findCaseIdsByExternalId(messageId).stream().findFirst();
    }

    public List<Notification> ofCase(long caseId) {
        return repository.findByCaseIdOrderByCreatedAtAscIdAsc(caseId);
    }

    private void queue(NotificationRequest request, String who, ChannelType channel, String address,
                       List<Notification> queued) {
        String dedupKey = request.dedupKey() == null ? null
                : request.dedupKey() + "|" + who + "|" + (address == null ? "-" : address);
        if (dedupKey != null && repository.existsByDedupKey(dedupKey)) {
            return;
        }
        queued.add(repository.save(new Notification(request, who, channel, address, clock.instant(), dedupKey)));
    }

    private Optional<DeliveryChannel> channelFor(Contact contact) {
        List<ChannelType> order = new ArrayList<>();
        if (contact.preferred() != null) {
            order.add(contact.preferred());
        }
        properties.channelOrder().stream().filter(t -> !order.contains(t)).forEach(order::add);
        for (ChannelType type : order) {
            for (DeliveryChannel channel : channels) {
                if (channel.type() == type && channel.enabled() && channel.addressOf(contact).isPresent()) {
                    return Optional.of(channel);
                }
            }
        }
        return Optional.empty();
    }

    private void wakeDispatcherAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.wakeUp();
                }
            });
        } else {
            dispatcher.wakeUp();
        }
    }
}
