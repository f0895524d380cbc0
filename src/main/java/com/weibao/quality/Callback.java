package com.weibao.quality;

import com.weibao.cases.Satisfaction;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The callback decision for one closed case and, when selected, its calls: attempts, the outcome (solved, 优/良/差,
 * comment), and the service manager's follow-up when the problem was not solved or the service rated 差.
 */
@Entity
@Table(name = "quality_callback")
class Callback {

    static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "case_number", nullable = false, length = 32)
    private String caseNumber;

    @Column(name = "contract_code", nullable = false, length = 64)
    private String contractCode;

    @Column(name = "hospital_code", nullable = false, length = 64)
    private String hospitalCode;

    @Column(name = "reporter_key", length = 255)
    private String reporterKey;

    /** The users who worked on the case (assignee and engineers of its support actions), comma-separated. */
    @Column(name = "engineers", length = 500)
    private String engineers;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, length = 24)
    private CallbackDecision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16)
    private CallbackStatus status;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "attempts_made", nullable = false)
    private int attemptsMade;

    @Column(name = "attempts_allowed", nullable = false)
    private int attemptsAllowed;

    @Column(name = "solved")
    private Boolean solved;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", length = 16)
    private Satisfaction rating;

    @Column(name = "comment_text", length = TEXT_MAX)
    private String comment;

    @Column(name = "called_by", length = 64)
    private String calledBy;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "follow_up_due_at")
    private Instant followUpDueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_action", length = 24)
    private FollowUpAction followUpAction;

    @Column(name = "follow_up_note", length = TEXT_MAX)
    private String followUpNote;

    @Column(name = "follow_up_case", length = 32)
    private String followUpCase;

    @Column(name = "follow_up_complaint")
    private Long followUpComplaint;

    @Column(name = "follow_up_by", length = 64)
    private String followUpBy;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    protected Callback() {
    }

    Callback(long caseId, String caseNumber, String contractCode, String hospitalCode, String reporterKey,
             List<String> engineers, Instant closedAt, CallbackDecision decision, int attemptsAllowed) {
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.contractCode = contractCode;
        this.hospitalCode = hospitalCode;
        this.reporterKey = reporterKey;
        this.engineers = String.join(",", engineers);
        this.closedAt = closedAt;
        this.decision = decision;
        this.attemptsAllowed = attemptsAllowed;
        this.status = decision == CallbackDecision.SELECTED ? CallbackStatus.SCHEDULED : null;
    }

    void scheduled(Instant due, String processInstance) {
        this.dueAt = due;
        this.processInstanceId = processInstance;
    }

    /** Whether the user worked on the case: such a user never calls its reporter back. */
    boolean workedOnCase(String userId) {
        return userId != null && engineerList().contains(userId);
    }

    List<String> engineerList() {
        return engineers == null || engineers.isBlank() ? List.of() : Arrays.asList(engineers.split(","));
    }

    /**
     * One call: reached (solved yes/no and 优/良/差 required, a comment required for 差), not reached (another attempt
     * if any is left, else unreachable), or refused. Returns where the process goes next.
     */
    CallbackRoute recordCall(CallOutcome outcome, Boolean solvedAnswer, Satisfaction ratingGiven, String commentText,
                             String actor, Instant now) {
        if (status != CallbackStatus.SCHEDULED) {
            throw InvalidRequestException.of("callOutcome", "回访已结束（" + (status == null ? "未抽中" : status.label()) + "）");
        }
        if (outcome == null) {
            throw InvalidRequestException.of("callOutcome", "请选择回访结果：已接通、未接通或拒绝回访");
        }
        if (commentText != null && commentText.length() > TEXT_MAX) {
            throw InvalidRequestException.of("callbackComment", "最多 " + TEXT_MAX + " 字");
        }
        attemptsMade++;
        calledBy = actor;
        comment = commentText;
        switch (outcome) {
            case REACHED -> {
                List<FieldViolation> missing = new ArrayList<>();
                if (solvedAnswer == null) {
                    missing.add(new FieldViolation("problemSolved", "请询问问题是否已解决"));
                }
                if (ratingGiven == null) {
                    missing.add(new FieldViolation("callbackRating", "请记录满意度：优、良或差"));
                }
                if (ratingGiven == Satisfaction.POOR && (commentText == null || commentText.isBlank())) {
                    missing.add(new FieldViolation("callbackComment", "评价为“差”时请记录原因"));
                }
                if (!missing.isEmpty()) {
                    throw new InvalidRequestException(missing);
                }
                solved = solvedAnswer;
                rating = ratingGiven;
                return finish(CallbackStatus.REACHED, now,
                        !solvedAnswer || ratingGiven == Satisfaction.POOR ? CallbackRoute.FOLLOW_UP : CallbackRoute.DONE);
            }
            case REFUSED -> {
                return finish(CallbackStatus.REFUSED, now, CallbackRoute.REFUSED);
            }
            default -> {
                return attemptsMade >= attemptsAllowed ? finish(CallbackStatus.UNREACHABLE, now,
                        CallbackRoute.UNREACHABLE) : CallbackRoute.RETRY;
            }
        }
    }

    private CallbackRoute finish(CallbackStatus result, Instant now, CallbackRoute route) {
        status = result;
        finishedAt = now;
        return route;
    }

    void followUpDue(Instant due) {
        this.followUpDueAt = due;
    }

    void recordFollowUp(FollowUpAction action, String note, String newCaseNumber, Long complaintId, String actor) {
        if (followUpDueAt == null || followUpAction != null) {
            throw InvalidRequestException.of("followUpAction", "此回访无需或已完成跟进");
        }
        this.followUpAction = action;
        this.followUpNote = note;
        this.followUpCase = newCaseNumber;
        this.followUpComplaint = complaintId;
        this.followUpBy = actor;
    }

    boolean needsFollowUp() {
        return status == CallbackStatus.REACHED && (Boolean.FALSE.equals(solved) || rating == Satisfaction.POOR);
    }

    Long getId() { return id; }
    long getCaseId() { return caseId; }
    String getCaseNumber() { return caseNumber; }
    String getContractCode() { return contractCode; }
    String getHospitalCode() { return hospitalCode; }
    String getReporterKey() { return reporterKey; }
    Instant getClosedAt() { return closedAt; }
    CallbackDecision getDecision() { return decision; }
    CallbackStatus getStatus() { return status; }
    Instant getDueAt() { return dueAt; }
    int getAttemptsMade() { return attemptsMade; }
    int getAttemptsAllowed() { return attemptsAllowed; }
    Boolean getSolved() { return solved; }
    Satisfaction getRating() { return rating; }
    String getComment() { return comment; }
    String getCalledBy() { return calledBy; }
    Instant getFinishedAt() { return finishedAt; }
    Instant getFollowUpDueAt() { return followUpDueAt; }
    FollowUpAction getFollowUpAction() { return followUpAction; }
    String getFollowUpNote() { return followUpNote; }
    String getFollowUpCase() { return followUpCase; }
    Long getFollowUpComplaint() { return followUpComplaint; }
    String getProcessInstanceId() { return processInstanceId; }
}
