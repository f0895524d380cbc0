package com.weibao.notify;

import java.time.Instant;
import java.util.List;

/**
 * The mails a case's thread holds besides those Weibao sent: the mail intake implements it with the mails it
 * received for the case. {@link MailChannel} threads every mail it sends for a case under them (In-Reply-To,
 * References), so the reporter's mail client shows one conversation and replies find their case.
 */
public interface MailThreads {

    /** Message-IDs (with angle brackets) of the mails received for the case, oldest first. */
    List<ThreadMail> receivedMails(long caseId);

    record ThreadMail(String messageId, Instant at) {
    }
}
