package com.weibao.notify;

/**
 * A message to send: to whom, about what (case id and a reference such as the case number), why (event),
 * the Chinese subject and body. With a dedupKey, the same notification is queued at most once per address.
 */
public record NotificationRequest(Recipient recipient, Long caseId, String reference, String event, String subject,
                                  String body, String dedupKey) {
}
