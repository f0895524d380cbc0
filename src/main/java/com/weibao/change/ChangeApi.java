package com.weibao.change;

import com.weibao.platform.security.Caller;
import java.time.Instant;
import java.util.List;

/** The JSON of the change REST API. */
public final class ChangeApi {

    private ChangeApi() {
    }

    public record BillableRequest(Boolean billable, String remarks) {
    }

    public record ChangeSummary(long id, String reference, String title, ChangeKind kind, ChangeStatus status,
                                String statusLabel, String contract, String hospital, String system,
                                String currentVersion, String targetVersion, boolean billable, Instant windowStart,
                                Instant windowEnd, String caseNumber, String href) {

        static ChangeSummary of(Change c) {
            return new ChangeSummary(c.getId(), c.getReference(), c.getTitle(), c.getKind(), c.getStatus(),
                    c.getStatus().label(), c.getContractCode(), c.getHospitalCode(), c.getSystemCode(),
                    c.getCurrentVersion(), c.getTargetVersion(), c.isBillable(), c.getWindowStart(),
                    c.getWindowEnd(), c.getCaseNumber(), "/api/changes/" + c.getId());
        }
    }

    public record ChangeDetails(long id, String reference, String title, ChangeKind kind, ChangeStatus status,
                                String statusLabel, String contract, String hospital, String system,
                                String currentVersion, String targetVersion, String reason, boolean billable,
                                String billableDecidedBy, String risk, String implementationPlan,
                                String rollbackPlan, String verificationPlan, Instant windowStart, Instant windowEnd,
                                boolean takesServiceDown, String outageReason, String implementer,
                                String caseNumber, boolean approvedAfterImplementation, String processInstanceId,
                                String createdBy, Instant createdAt, Instant closedAt, List<DocumentView> documents,
                                List<EventView> history) {

        static ChangeDetails of(Change c, List<ChangeDocument> documents, Caller caller) {
            return new ChangeDetails(c.getId(), c.getReference(), c.getTitle(), c.getKind(), c.getStatus(),
                    c.getStatus().label(), c.getContractCode(), c.getHospitalCode(), c.getSystemCode(),
                    c.getCurrentVersion(), c.getTargetVersion(), c.getReason(), c.isBillable(),
                    c.getBillableDecidedBy(), c.getRisk(), c.getImplementationPlan(), c.getRollbackPlan(),
                    c.getVerificationPlan(), c.getWindowStart(), c.getWindowEnd(), c.isTakesServiceDown(),
                    c.getOutageReason(), c.getImplementer(), c.getCaseNumber(), c.isApprovedAfterImplementation(),
                    caller.isVendorStaff() ? c.getProcessInstanceId() : null, c.getCreatedBy(), c.getCreatedAt(),
                    c.getClosedAt(), documents.stream().map(DocumentView::of).toList(),
                    c.getHistory().stream().map(e -> new EventView(e.getAt(), e.getActor(), e.getType(),
                            e.getDetail())).toList());
        }
    }

    public record DocumentView(long id, String kind, String fileName, String contentType, long size,
                               Instant createdAt, String createdBy, String href) {

        static DocumentView of(ChangeDocument d) {
            return new DocumentView(d.getId(), d.getKind(), d.getFile().getFileName(), d.getFile().getContentType(),
                    d.getFile().getSize(), d.getFile().getCreatedAt(), d.getFile().getCreatedBy(),
                    "/api/changes/" + d.getChange().getId() + "/documents/" + d.getId());
        }
    }

    public record EventView(Instant at, String actor, ChangeEventType type, String detail) {
    }

    /**
     * One version of a covered system: since when it ran, what brought it ({@code CHANGE}: a change, with its kind and
     * documents; {@code RELEASE}: a release, with the cases it fixed).
     */
    public record VersionView(String version, String previous, Instant runningSince, String source, String change,
                              String release, String changeTitle, ChangeKind kind, String href,
                              List<DocumentView> documents, List<ReleaseApi.FixedCase> fixedCases) {
    }

    public record VersionHistory(String contract, String system, String current, List<VersionView> versions) {
    }
}
