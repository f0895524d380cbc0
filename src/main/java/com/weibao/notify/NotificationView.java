package com.weibao.notify;

import java.time.Instant;

/** A notification as the REST API shows it. */
public record NotificationView(long id, String reference, String event, String recipient, ChannelType channel,
                               String address, String subject, NotificationStatus status, int attempts,
                               Instant createdAt, Instant sentAt, Instant nextAttemptAt, String lastError) {

    public static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getReference(), n.getEvent(), n.getRecipient(), n.getChannel(),
                n.getAddress(), n.getSubject(), n.getStatus(), n.getAttempts(), n.getCreatedAt(), n.getSentAt(),
                n.getNextAttemptAt(), n.getLastError());
    }
}
