package com.weibao.notify;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * weibao.notify.*: how often due notifications are looked for, how failures are retried, which channel is tried
 * first for a person who has several, and the e-mail sender.
 */
@ConfigurationProperties("weibao.notify")
public record NotifyProperties(Duration pollInterval, int maxAttempts, Duration firstBackoff, Duration maxBackoff,
                               Duration lease, List<ChannelType> channelOrder, Mail mail) {

    public NotifyProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
        maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
        firstBackoff = firstBackoff == null ? Duration.ofMinutes(1) : firstBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofHours(1) : maxBackoff;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        channelOrder = channelOrder == null || channelOrder.isEmpty() ? List.of(ChannelType.EMAIL, ChannelType.WECHAT)
                : List.copyOf(channelOrder);
        mail = mail == null ? new Mail(true, "Weibao 维保服务台 <helpdesk@weibao.local>") : mail;
    }

    public record Mail(boolean enabled, String from) {
    }
}
