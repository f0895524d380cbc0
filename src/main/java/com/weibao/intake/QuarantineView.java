package com.weibao.intake;

import com.weibao.cases.Channel;
import java.time.Instant;

/** A quarantined item as the API shows it: everything but the body, which {@code rawHref} downloads when kept. */
public record QuarantineView(long id, Channel channel, String source, QuarantinedItem.Reason reason, String detail,
                             boolean authenticated, String reference, String sender, String subject,
                             String requestLine, String headers, String contentType, long bodyBytes,
                             boolean bodyKept, Instant receivedAt, Instant quarantinedAt, int attempts,
                             QuarantinedItem.Status status, String resolvedBy, Instant resolvedAt,
                             String resolutionNote, String caseNumber, String rawHref) {

    /** The list's query builds views without loading bodies. */
    public QuarantineView(long id, Channel channel, String source, QuarantinedItem.Reason reason, String detail,
                          boolean authenticated, String reference, String sender, String subject, String requestLine,
                          String headers, String contentType, long bodyBytes, boolean bodyKept, Instant receivedAt,
                          Instant quarantinedAt, int attempts, QuarantinedItem.Status status, String resolvedBy,
                          Instant resolvedAt, String resolutionNote, String caseNumber) {
        this(id, channel, source, reason, detail, authenticated, reference, sender, subject, requestLine, headers,
                contentType, bodyBytes, bodyKept, receivedAt, quarantinedAt, attempts, status, resolvedBy,
                resolvedAt, resolutionNote, caseNumber, bodyKept ? "/api/quarantine/" + id + "/raw" : null);
    }

    static QuarantineView of(QuarantinedItem q) {
        return new QuarantineView(q.getId(), q.getChannel(), q.getSource(), q.getReason(), q.getDetail(),
                q.isAuthenticated(), q.getReference(), q.getSender(), q.getSubject(), q.getRequestLine(),
                q.getHeaders(), q.getContentType(), q.getBodyBytes(), q.isBodyKept(), q.getReceivedAt(),
                q.getQuarantinedAt(), q.getAttempts(), q.getStatus(), q.getResolvedBy(), q.getResolvedAt(),
                q.getResolutionNote(), q.getCaseNumber());
    }
}
