package com.weibao.cases;

import com.weibao.contract.Category;
import com.weibao.contract.Priority;
import com.weibao.notify.NotificationView;
import com.weibao.platform.logging.PersonalData;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The JSON shapes of the case REST API. */
public final class CaseApi {

    private CaseApi() {
    }

    public record CreateCaseRequest(String contract, String system, ReporterDto reporter, Channel channel,
                                    Category category, Impact impact, String summary, String description,
                                    OffsetDateTime reportedAt, String reportedAtReason, Priority priority) {

        NewCase toNewCase(String registeredBy) {
            return new NewCase(contract, system, reporter == null ? null : reporter.toReporter(), channel, category,
                    impact, summary, description, reportedAt == null ? null : reportedAt.toInstant(), priority,
                    registeredBy, false, reportedAtReason);
        }
    }

    public record ReporterDto(String name, String phone, String email, String department) {

        Reporter toReporter() {
            return new Reporter(name, phone, email, department);
        }

        static ReporterDto of(Reporter r) {
            return new ReporterDto(r.getName(), r.getPhone(), r.getEmail(), r.getDepartment());
        }

        /** Phone and e-mail masked (138****1234, a***@example.com), for those who do not call the reporter. */
        ReporterDto masked() {
            return new ReporterDto(name, PersonalData.maskPhone(phone), PersonalData.maskEmail(email), department);
        }
    }

    public record NoteRequest(String text, Boolean fromReporter) {
    }

    public record PriorityChange(Priority priority, String reason) {
    }

    public record Ref(String code, String name) {
    }

    public record CaseSummary(String number, CaseStatus status, Priority priority, Category category, Ref contract,
                              Ref hospital, Ref system, String summary, String reporterName, Instant reportedAt,
                              String assignee) {
    }

    public record CaseDetails(String number, CaseStatus status, Priority priority, Category category, Impact impact,
                              Channel channel, Ref contract, Ref hospital, Ref system, ReporterDto reporter,
                              String summary, String description, Instant reportedAt, Instant registeredAt,
                              String registeredBy, String assignee, Closure closure, Cancellation cancellation,
                              List<SupportActionView> supportActions, List<RemoteAccessView> remoteAccessRequests,
                              List<EventView> history, List<AttachmentView> attachments,
                              List<SlaTargetView> slaTargets, List<NotificationView> notifications) {
    }

    public record Closure(FaultType faultType, String rootCause, String resolution, Instant resolvedAt,
                          Satisfaction satisfaction, String feedback, String confirmedBy, Instant confirmedAt,
                          Instant closedAt, Instant archivedAt) {
    }

    public record Cancellation(String duplicateOf, String reason) {
    }

    public record SupportActionView(SupportMode mode, Instant startedAt, Instant endedAt, String engineer,
                                    String notes) {
    }

    public record RemoteAccessView(String purpose, String requestedBy, Instant requestedAt,
                                   RemoteAccessRequest.Decision decision, String decidedBy, Instant decidedAt,
                                   String decisionNote) {
    }

    public record EventView(Instant at, String actor, CaseEventType type, CaseStatus fromStatus, CaseStatus toStatus,
                            Channel channel, String detail) {

        static EventView of(CaseEvent e) {
            return new EventView(e.getOccurredAt(), e.getActor(), e.getType(), e.getFromStatus(), e.getToStatus(),
                    e.getChannel(), e.getDetail());
        }
    }

    public record AttachmentView(long id, AttachmentKind kind, String fileName, String contentType, long size,
                                 Instant createdAt, String href) {
    }

    public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
    }
}
