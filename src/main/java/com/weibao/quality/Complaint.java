package com.weibao.quality;

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
import java.util.Collection;
import java.util.List;

/**
 * A complaint (投诉) against a case, an engineer or the service in general, from any channel; handled by the service
 * managers (never by a user complained about) within the contract's deadline: the investigation, whether it was
 * substantiated, the measures taken and the answer the complainant is told.
 */
@Entity
@Table(name = "quality_complaint")
class Complaint {

    static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_code", nullable = false, length = 64)
    private String contractCode;

    @Column(name = "hospital_code", nullable = false, length = 64)
    private String hospitalCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject", nullable = false, length = 16)
    private ComplaintSubject subject;

    /** The case complained about (subject CASE). */
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "case_number", length = 32)
    private String caseNumber;

    /** The engineer complained about (subject ENGINEER). */
    @Column(name = "engineer", length = 64)
    private String engineer;

    /** The users complained about (the engineer, or the case's engineers), comma-separated: they never handle it. */
    @Column(name = "excluded_users", length = 500)
    private String excludedUsers;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16)
    private ComplaintChannel channel;

    /** The case classified 投诉 that brought the complaint in, closed with the answer. */
    @Column(name = "complaint_case_id")
    private Long complaintCaseId;

    @Column(name = "complaint_case_number", length = 32)
    private String complaintCaseNumber;

    /** The case whose reporter complained: the answer goes to that reporter. */
    @Column(name = "reporter_case_id")
    private Long reporterCaseId;

    /** Or the Weibao user (a hospital's user) who complained: the answer goes to that user. */
    @Column(name = "complainant_user", length = 64)
    private String complainantUser;

    /** The complainant as people read it (name and department). */
    @Column(name = "complainant", length = 255)
    private String complainant;

    @Column(name = "description", nullable = false, length = TEXT_MAX)
    private String description;

    @Column(name = "filed_by", nullable = false, length = 64)
    private String filedBy;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ComplaintStatus status;

    @Column(name = "investigation", length = TEXT_MAX)
    private String investigation;

    @Column(name = "substantiated")
    private Boolean substantiated;

    @Column(name = "measures", length = TEXT_MAX)
    private String measures;

    @Column(name = "reply", length = TEXT_MAX)
    private String reply;

    @Column(name = "handled_by", length = 64)
    private String handledBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    protected Complaint() {
    }

    Complaint(String contractCode, String hospitalCode, ComplaintSubject subject, Long caseId, String caseNumber,
              String engineer, Collection<String> excluded, ComplaintChannel channel, String description,
              String filedBy, Instant filedAt, Instant dueAt) {
        this.contractCode = contractCode;
        this.hospitalCode = hospitalCode;
        this.subject = subject;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.engineer = engineer;
        this.excludedUsers = String.join(",", excluded);
        this.channel = channel;
        this.description = description;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
        this.dueAt = dueAt;
        this.status = ComplaintStatus.OPEN;
    }

    Complaint broughtInBy(long complaintCase, String complaintCaseNo) {
        this.complaintCaseId = complaintCase;
        this.complaintCaseNumber = complaintCaseNo;
        return this;
    }

    /** Who is told the outcome: the reporter of a case, or a Weibao user; and the name shown. */
    Complaint from(Long reporterCase, String user, String shownName) {
        this.reporterCaseId = reporterCase;
        this.complainantUser = user;
        this.complainant = shownName;
        return this;
    }

    void started(String processInstance) {
        this.processInstanceId = processInstance;
    }

    List<String> excludedList() {
        return excludedUsers == null || excludedUsers.isBlank() ? List.of() : Arrays.asList(excludedUsers.split(","));
    }

    /** Whether the user is complained about: such a user never handles the complaint. */
    boolean isAbout(String userId) {
        return userId != null && excludedList().contains(userId);
    }

    /** The reminder when the deadline passed unanswered; false when it was answered or reminded already. */
    boolean remind(Instant now) {
        if (status != ComplaintStatus.OPEN || remindedAt != null) {
            return false;
        }
        remindedAt = now;
        return true;
    }

    /**
     * The manager's handling: the investigation, substantiated or not, the measures (required when substantiated) and
     * the answer for the complainant. All or nothing, each missing field named.
     */
    void answer(String investigationText, Boolean substantiatedAnswer, String measuresText, String replyText,
                String actor, Instant now) {
        if (status != ComplaintStatus.OPEN) {
            throw InvalidRequestException.of("complaintReply", "投诉已于之前答复，不能重复处理");
        }
        List<FieldViolation> problems = new ArrayList<>();
        if (investigationText == null) {
            problems.add(new FieldViolation("investigation", "请记录调查经过"));
        }
        if (substantiatedAnswer == null) {
            problems.add(new FieldViolation("substantiated", "请选择调查结论：投诉属实或不属实"));
        }
        if (Boolean.TRUE.equals(substantiatedAnswer) && measuresText == null) {
            problems.add(new FieldViolation("measures", "投诉属实时请填写整改措施"));
        }
        if (replyText == null) {
            problems.add(new FieldViolation("complaintReply", "请填写给投诉人的答复"));
        }
        for (String[] text : new String[][] {{"investigation", investigationText}, {"measures", measuresText},
                {"complaintReply", replyText}}) {
            if (text[1] != null && text[1].length() > TEXT_MAX) {
                problems.add(new FieldViolation(text[0], "最多 " + TEXT_MAX + " 字"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        this.investigation = investigationText;
        this.substantiated = substantiatedAnswer;
        this.measures = measuresText;
        this.reply = replyText;
        this.handledBy = actor;
        this.answeredAt = now;
        this.status = ComplaintStatus.ANSWERED;
    }

    boolean answeredLate() {
        return answeredAt != null && answeredAt.isAfter(dueAt);
    }

    Long getId() { return id; }
    String getContractCode() { return contractCode; }
    String getHospitalCode() { return hospitalCode; }
    ComplaintSubject getSubject() { return subject; }
    Long getCaseId() { return caseId; }
    String getCaseNumber() { return caseNumber; }
    String getEngineer() { return engineer; }
    ComplaintChannel getChannel() { return channel; }
    Long getComplaintCaseId() { return complaintCaseId; }
    String getComplaintCaseNumber() { return complaintCaseNumber; }
    Long getReporterCaseId() { return reporterCaseId; }
    String getComplainantUser() { return complainantUser; }
    String getComplainant() { return complainant; }
    String getDescription() { return description; }
    String getFiledBy() { return filedBy; }
    Instant getFiledAt() { return filedAt; }
    Instant getDueAt() { return dueAt; }
    Instant getRemindedAt() { return remindedAt; }
    ComplaintStatus getStatus() { return status; }
    String getInvestigation() { return investigation; }
    Boolean getSubstantiated() { return substantiated; }
    String getMeasures() { return measures; }
    String getReply() { return reply; }
    String getHandledBy() { return handledBy; }
    Instant getAnsweredAt() { return answeredAt; }
    String getProcessInstanceId() { return processInstanceId; }
}
