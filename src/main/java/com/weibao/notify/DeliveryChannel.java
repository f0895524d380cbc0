package com.weibao.notify;

import java.util.Optional;

/** An outbound channel (e-mail, WeChat). Delivery may throw: the notification is retried later. */
public interface DeliveryChannel {

    ChannelType type();

    /** Whether the channel is configured; a channel that is off is skipped when choosing. */
    boolean enabled();

    /** The contact's address on this channel, if it has one. */
    Optional<String> addressOf(Contact contact);

    /** Sends it; returns the channel's id of the sent message (e.g. the Message-ID), if any. */
    String deliver(Notification notification) throws Exception;
}
