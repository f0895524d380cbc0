package com.weibao.inspection;

import com.weibao.cases.CaseStatus;
import com.weibao.contract.Priority;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON of the inspection REST API. */
public final class InspectionApi {

    private InspectionApi() {
    }

    public record StartRequest(String plan, String reason) {
    }

    public record Ref(String code, String name) {
    }

    public record ContractInspections(Ref contract, Ref hospital, List<PlanView> plans,
                                      List<InspectionSummary> inspections) {
    }

    public record PlanView(String code, String name, InspectionFrequency frequency, String frequencyLabel,
                           int perYear, List<LocalDate> agreedDates, int windowWorkingDays, List<Department> signOff,
                           boolean filledWithUser, String description, NextInspection next, List<SlotView> thisYear,
                           List<ItemView> checklist) {
    }

    /** The plan's next slot; the schedule process waits for {@code startsAt} (see Cockpit). */
    public record NextInspection(LocalDate date, String period, LocalDate dueDate, Instant startsAt) {
    }

    /** A planned slot: its {@link SlotState} while it has no inspection, else the inspection's status. */
    public record SlotView(LocalDate date, String period, LocalDate dueDate, String state, Long inspectionId) {
    }

    public record ItemView(String code, String section, String system, String name, ItemKind kind, String unit,
                           String criterion, Priority followUpPriority, String hint) {
    }

    public record InspectionSummary(long id, String reference, String plan, String title, InspectionTrigger trigger,
                                    String period, LocalDate slotDate, LocalDate dueDate, InspectionStatus status,
                                    boolean overdue, String performedBy, Instant performedAt, long findings,
                                    int reportVersion, Instant archivedAt, String href) {
    }

    public record InspectionDetails(long id, String reference, String title, Ref contract, Ref hospital, Ref plan,
                                    InspectionTrigger trigger, String period, LocalDate slotDate, LocalDate dueDate,
                                    InspectionStatus status, String reason, String requestedBy, Instant requestedAt,
                                    String processInstanceId, Instant overdueSince, Instant escalatedAt,
                                    String performedBy, Instant performedAt, String hospitalParticipants,
                                    String suggestions, List<ResultView> results, FileView report,
                                    List<FileView> files, List<Department> signOffDepartments,
                                    List<Department> pendingSignOffs, List<SignOffView> signOffs, Instant archivedAt,
                                    List<EventView> history) {
    }

    public record ResultView(String code, String section, Ref system, String name, ItemKind kind, String unit,
                             String criterion, ItemOutcome outcome, BigDecimal value, String finding, String note,
                             boolean failed, CaseRef followUp) {
    }

    public record CaseRef(String number, CaseStatus status, Priority priority, String href) {
    }

    public record FileView(long id, InspectionFileKind kind, String item, Integer reportVersion, String fileName,
                           String contentType, long size, Instant createdAt, String createdBy, String href) {
    }

    public record SignOffView(int reportVersion, Department department, String departmentName,
                              SignOffDecision decision, String reason, String decidedBy, Instant decidedAt) {
    }

    public record EventView(Instant at, String actor, InspectionEventType type, String detail) {
    }

    public record PeriodSummary(Ref contract, Ref hospital, String period, LocalDate from, LocalDate to, int planned,
                                int done, int signed, int missed, int onDemand, List<PlanPeriod> plans,
                                List<FindingView> findings, List<FindingView> openFollowUps) {
    }

    public record PlanPeriod(String code, String name, InspectionFrequency frequency, int planned, int done,
                             int signed, int missed, List<SlotView> slots) {
    }

    public record FindingView(long inspectionId, String inspection, String code, String name, String finding,
                              String criterion, CaseRef followUp) {
    }
}
