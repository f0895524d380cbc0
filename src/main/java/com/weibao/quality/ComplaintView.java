package com.weibao.quality;

import java.time.Instant;

/** A complaint as the API shows it: what, against whom, from where, the deadline and the outcome. */
public record ComplaintView(long id, String reference, String contract, ComplaintSubject subject, String about,
                            String caseNumber, String engineer, String engineerName, ComplaintChannel channel,
                            String complaintCase, String complainant, String description, Instant filedAt,
                            Instant dueAt, Instant remindedAt, ComplaintStatus status, Boolean substantiated,
                            String investigation, String measures, String reply, String handledBy,
                            Instant answeredAt, boolean answeredLate) {
}
