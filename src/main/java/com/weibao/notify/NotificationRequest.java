package com.weibao.notify;

/**
 * A message to send: to whom, about what (case id and a reference such as the case number), why (event),
 * the Chinese subject and body. With a dedupKey, the same notification is queued at most once per address.
 * With inReplyTo (the Message-ID of a mail it answers, e.g. the reporter's mail a case was opened from), it is an
 * automatic reply: threaded under that mail and marked {@code Auto-Submitted: auto-replied}.
 */
public record NotificationRequest(Recipient recipient, Long caseId, String reference, String event, String subject,
                                  String body, String dedupKey, String inReplyTo) {

    public NotificationRequest(Recipient recipient, Long caseId, String reference, String event, String subject,
                               String body, String dedupKey) {
        this(recipient, caseId, reference, event, subject, body, dedupKey, null);
    }
}
