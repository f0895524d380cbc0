package com.weibao.change;

import com.weibao.platform.security.Caller;
import java.time.Instant;
import java.util.List;

/** The JSON of the release REST API. */
public final class ReleaseApi {

    private ReleaseApi() {
    }

    public record CaseRequest(String caseNumber) {
    }

    public record FixedCase(String number, String summary, Instant reportedAt, String addedBy, String href) {

        static FixedCase of(ReleaseCase c) {
            return new FixedCase(c.getCaseNumber(), c.getSummary(), c.getReportedAt(), c.getAddedBy(),
                    "/api/cases/" + c.getCaseNumber());
        }
    }

    public record EventView(Instant at, String actor, ReleaseEventType type, String label, String detail) {
    }

    public record ReleaseSummary(long id, String reference, String title, ReleaseStatus status, String statusLabel,
                                 String contract, String hospital, String system, String version,
                                 Instant plannedAt, String plannedAtShown, Instant releasedAt, int caseCount,
                                 String href) {

        static ReleaseSummary of(Release r) {
            return new ReleaseSummary(r.getId(), r.getReference(), r.getTitle(), r.getStatus(),
                    r.getStatus().label(), r.getContractCode(), r.getHospitalCode(), r.getSystemCode(),
                    r.getVersion(), r.getPlannedAt(), ReleaseService.SHOWN.format(r.getPlannedAt()),
                    r.getReleasedAt(), r.getCases().size(), "/api/releases/" + r.getId());
        }
    }

    public record ReleaseDetails(long id, String reference, String title, ReleaseStatus status, String statusLabel,
                                 String contract, String hospital, String system, String previousVersion,
                                 String version, Instant plannedAt, String plannedAtShown, String hospitalRemarks,
                                 String processInstanceId, String createdBy, Instant createdAt, Instant sentAt,
                                 Instant releasedAt, List<FixedCase> cases, String problemListHref,
                                 List<EventView> history) {

        static ReleaseDetails of(Release r, Caller caller) {
            return new ReleaseDetails(r.getId(), r.getReference(), r.getTitle(), r.getStatus(), r.getStatus().label(),
                    r.getContractCode(), r.getHospitalCode(), r.getSystemCode(), r.getPreviousVersion(),
                    r.getVersion(), r.getPlannedAt(), ReleaseService.SHOWN.format(r.getPlannedAt()),
                    r.getHospitalRemarks(), caller.isVendorStaff() ? r.getProcessInstanceId() : null,
                    r.getCreatedBy(), r.getCreatedAt(), r.getSentAt(), r.getReleasedAt(),
                    r.getCases().stream().map(FixedCase::of).toList(), "/api/releases/" + r.getId() + "/list.xlsx",
                    r.getHistory().stream().map(e -> new EventView(e.getAt(), e.getActor(), e.getType(),
                            e.getType().label(), e.getDetail())).toList());
        }
    }

    /** A P3 case waiting for a release: until when the cadence allows, the release it is planned in, overdue or not. */
    public record BacklogItem(String number, String summary, String system, String statusLabel, Instant reportedAt,
                              Instant dueBy, String dueByShown, String plannedIn, String plannedInHref,
                              boolean overdue) {
    }

    public record Backlog(String contract, String contractName, String every, String atLatest,
                          List<BacklogItem> items) {
    }
}
