package com.weibao.cases;

import com.weibao.contract.Category;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.contract.CoveredSystem;
import com.weibao.contract.Priority;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.platform.web.NotFoundException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of a case, from registration to archive. Engine-free: the process calls in through delegates. */
@Service
@Transactional
public class SupportCaseService {

    /** How far a reporter's clock may run ahead of ours before reportedAt counts as "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    /** Set while {@link #submit} starts the case process, whose first step then knows the case was checked. */
    private static final ThreadLocal<Boolean> SUBMITTING = new ThreadLocal<>();
    /** local@domain; a domain without a dot (root@localhost) is an address too, and mail comes from such senders. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");
    private static final int SUMMARY_MAX = 500;
    private static final int TEXT_MAX = 100_000;
    private static final Set<CaseEventType> FOLLOW_UPS = EnumSet.of(CaseEventType.EXPERT_PANEL,
            CaseEventType.PRODUCT_BUG, CaseEventType.FIX_RELEASED);

    private final SupportCaseRepository cases;
    private final ContractService contracts;
    private final CaseNumbers numbers;
    private final CaseWorkflow workflow;
    private final FaultReports faultReports;
    private final CaseAttachmentRepository attachments;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final ReportedAtLimits reportedAtLimits;
    private final Clock clock;

    public SupportCaseService(SupportCaseRepository cases, ContractService contracts, CaseNumbers numbers,
                              CaseWorkflow workflow, FaultReports faultReports, CaseAttachmentRepository attachments,
                              ApplicationEventPublisher events, Validator validator,
                              ReportedAtLimits reportedAtLimits, Clock clock) {
        this.cases = cases;
        this.attachments = attachments;
        this.contracts = contracts;
        this.numbers = numbers;
        this.workflow = workflow;
        this.faultReports = faultReports;
        this.events = events;
        this.validator = validator;
        this.reportedAtLimits = reportedAtLimits;
        this.clock = clock;
    }

    /**
     * A new case from a person (REST API) or a channel: checked with the caller's rights, a person's report time
     * against {@link ReportedAtLimits}, then handed to the case process to register.
     */
    public SupportCase submit(NewCase newCase, Caller caller) {
        NewCase dated = newCase.reportedAt() == null ? newCase.withReportedAt(clock.instant()) : newCase;
        List<FieldViolation> violations = validate(dated, caller);
        if (!caller.isApplication()) {
            reportedAtLimits.refusal(dated.reportedAt(), dated.reportedAtReason(), caller, clock.instant())
                    .ifPresent(r -> violations.add(r.inEnglish("reportedAt", "reportedAtReason")));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        boolean outermost = SUBMITTING.get() == null;
        SUBMITTING.set(Boolean.TRUE);
        try {
            return cases.findById(workflow.start(dated)).orElseThrow();
        } finally {
            if (outermost) {
                SUBMITTING.remove();
            }
        }
    }

    /**
     * The process's first step. A case {@link #submit submitted} was checked there; any other start of the case
     * process is a start form (Tasklist's 登记报修, or /engine-rest), whose report time is checked here against the
     * rights of the user who started it ({@code startedBy}), with a message in Chinese for the form.
     */
    public SupportCase register(NewCase newCase, String processInstanceId, Caller startedBy) {
        NewCase dated = newCase.reportedAt() == null ? newCase.withReportedAt(clock.instant()) : newCase;
        // a person registers only on contracts they may touch (a hospital's IT department: its own)
        boolean byPerson = startedBy != null && !startedBy.isApplication();
        List<FieldViolation> violations = validate(dated, byPerson ? startedBy : Caller.system("registration"));
        if (SUBMITTING.get() == null && byPerson) {
            reportedAtLimits.refusal(dated.reportedAt(), dated.reportedAtReason(), startedBy, clock.instant())
                    .ifPresent(r -> violations.add(r.inChinese("reportedAt", "reportedAtReason")));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Contract contract = blank(dated.contractCode()) ? null
                : contracts.visibleContract(dated.contractCode(), Caller.system("registration"));
        CoveredSystem system = dated.systemCode() == null || contract == null ? null
                : contract.findSystem(dated.systemCode()).orElseThrow();
        Instant now = clock.instant();
        SupportCase supportCase = new SupportCase(numbers.next(), contract, system, dated.reporter(), dated.channel(),
                dated.category(), dated.impact(), dated.summary().strip(), dated.description(), dated.reportedAt(),
                dated.priority(), dated.registeredBy(), now);
        if (!blank(dated.reportedAtReason())) {
            supportCase.recordBackdating(dated.reportedAtReason().strip(), dated.registeredBy(), now);
        }
        supportCase.bindProcess(processInstanceId);
        SupportCase saved = cases.save(supportCase);
        changed(saved, CaseEventType.REGISTERED);
        return saved;
    }

    public List<FieldViolation> validate(NewCase c, Caller caller) {
        List<FieldViolation> violations = new ArrayList<>();
        Optional<Contract> contract = Optional.empty();
        if (blank(c.contractCode())) {
            if (!c.contractToBeAssigned()) {
                violations.add(new FieldViolation("contract", "is required"));
            }
        } else {
            contract = contracts.findVisible(c.contractCode(), caller);
            if (contract.isEmpty()) {
                violations.add(new FieldViolation("contract", "unknown contract '" + c.contractCode() + "'"));
            }
        }
        if (!blank(c.systemCode()) && contract.isPresent() && contract.get().findSystem(c.systemCode()).isEmpty()) {
            violations.add(new FieldViolation("system", "unknown system '" + c.systemCode() + "' for contract '"
                    + c.contractCode() + "'; known: " + contract.get().getSystems().stream()
                    .map(CoveredSystem::getCode).toList()));
        }
        Reporter reporter = c.reporter();
        if (reporter == null || blank(reporter.getName())) {
            violations.add(new FieldViolation("reporter.name", "is required"));
        }
        // a mail without a usable sender is registered for triage with an unknown reporter, never through the API
        if (reporter != null && blank(reporter.getPhone()) && blank(reporter.getEmail()) && !c.contractToBeAssigned()) {
            violations.add(new FieldViolation("reporter", "needs a phone number or an e-mail address to reach them"));
        }
        if (reporter != null && !blank(reporter.getEmail()) && !EMAIL.matcher(reporter.getEmail()).matches()) {
            violations.add(new FieldViolation("reporter.email", "'" + reporter.getEmail() + "' is not an e-mail address"));
        }
        if (reporter != null) {
            violations.addAll(FieldViolation.of("reporter.", validator.validate(reporter)));
        }
        if (c.channel() == null) {
            violations.add(new FieldViolation("channel", "is required"));
        }
        if (c.category() == null) {
            violations.add(new FieldViolation("category", "is required"));
        }
        if (blank(c.summary())) {
            violations.add(new FieldViolation("summary", "is required"));
        } else if (c.summary().strip().length() > SUMMARY_MAX) {
            violations.add(new FieldViolation("summary", "is longer than " + SUMMARY_MAX + " characters"));
        }
        if (c.description() != null && c.description().length() > TEXT_MAX) {
            violations.add(new FieldViolation("description", "is longer than " + TEXT_MAX + " characters"));
        }
        if (c.reportedAt() != null && c.reportedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            violations.add(new FieldViolation("reportedAt", "is in the future (" + c.reportedAt() + ")"));
        }
        return violations;
    }

    public void proposePriority(long caseId, Priority proposed) {
        SupportCase supportCase = load(caseId);
        supportCase.proposePriority(proposed, "fault-level decision", clock.instant());
        changed(supportCase, CaseEventType.PRIORITY_PROPOSED);
    }

    public void triage(long caseId, String systemCode, Category category, Impact impact, Priority priority,
                       FaultType assessedFaultType, String note, String actor) {
        SupportCase supportCase = load(caseId);
        List<FieldViolation> violations = new ArrayList<>();
        if (supportCase.getContract() == null) {
            throw InvalidRequestException.of("triageContract", "工单来件时无法确定合同（发件人未知）：请先选择所属合同");
        }
        Optional<CoveredSystem> system = blank(systemCode) ? Optional.empty()
                : supportCase.getContract().findSystem(systemCode);
        if (system.isEmpty()) {
            violations.add(new FieldViolation("systemCode", blank(systemCode) ? "请选择故障系统"
                    : "合同中没有系统“" + systemCode + "”"));
        }
        if (category == null) {
            violations.add(new FieldViolation("category", "请选择工单类别"));
        }
        if (priority == null) {
            violations.add(new FieldViolation("priority", "请选择故障级别"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        supportCase.triage(system.get(), category, impact, priority, assessedFaultType, note, actor, clock.instant());
        changed(supportCase, CaseEventType.TRIAGED);
    }

    /** A new level for a triaged case, with the reason; the process and the deadlines follow. */
    public void changePriority(long caseId, Priority priority, String reason, String actor) {
        if (priority == null) {
            throw InvalidRequestException.of("priority", "is required");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidRequestException.of("reason", "say why the level changes");
        }
        SupportCase supportCase = load(caseId);
        Priority before = supportCase.getPriority();
        supportCase.changePriority(priority, reason, actor, clock.instant());
        if (before != priority) {
            workflow.priorityChanged(supportCase);
            changed(supportCase, CaseEventType.PRIORITY_CHANGED);
        }
    }

    /** Triage of a case that came in without a contract: the agent chooses it, tasks then go to its hospital. */
    public void assignContract(long caseId, String contractCode, String actor) {
        if (blank(contractCode)) {
            throw InvalidRequestException.of("triageContract", "is required");
        }
        Contract contract = contracts.findVisible(contractCode.strip(), Caller.system("triage"))
                .orElseThrow(() -> InvalidRequestException.of("triageContract",
                        "unknown contract '" + contractCode + "'"));
        SupportCase supportCase = load(caseId);
        supportCase.assignContract(contract, actor, clock.instant());
        changed(supportCase, CaseEventType.CONTRACT_ASSIGNED);
    }

    /**
     * The case's process continues in the process instance of its hospital's tenant; its SLA targets are watched
     * there from now on.
     */
    public void handOverToHospital(long caseId, String processInstanceId, String actor) {
        SupportCase supportCase = load(caseId);
        supportCase.handOverToHospital(processInstanceId, actor, clock.instant());
        changed(supportCase, CaseEventType.HANDED_OVER);
    }

    /** Keeps files that came in for a case (a mail's attachments and inline images) and says so in its history. */
    public List<CaseAttachment> attachIncoming(long caseId, List<IncomingFile> files, Channel source, String actor) {
        if (files.isEmpty()) {
            return List.of();
        }
        SupportCase supportCase = load(caseId);
        Instant now = clock.instant();
        List<CaseAttachment> saved = files.stream().map(f -> attachments.save(new CaseAttachment(supportCase,
                AttachmentKind.ATTACHMENT, f.fileName(), f.contentType(), f.content(), now, actor))).toList();
        supportCase.recordIncoming(CaseEventType.ATTACHMENTS_ADDED, source, String.join(", ",
                files.stream().map(IncomingFile::fileName).toList()), actor, now);
        return saved;
    }

    /**
     * Keeps the mail a case or note came from (its raw .eml, and its whole text when the case's text had to be
     * shortened), downloadable by whoever may read the case; no history entry of its own.
     */
    public List<CaseAttachment> keepOriginalMail(long caseId, List<IncomingFile> files, String actor) {
        SupportCase supportCase = load(caseId);
        Instant now = clock.instant();
        return files.stream().map(f -> attachments.save(new CaseAttachment(supportCase, AttachmentKind.ORIGINAL_MAIL,
                f.fileName(), f.contentType(), f.content(), now, actor))).toList();
    }

    /** A mail sent for the case came back: the returned mail is kept with the case, whatever its status. */
    public CaseAttachment recordBounce(long caseId, String detail, IncomingFile returnedMail, String actor) {
        SupportCase supportCase = load(caseId);
        Instant now = clock.instant();
        CaseAttachment saved = attachments.save(new CaseAttachment(supportCase, AttachmentKind.ATTACHMENT,
                returnedMail.fileName(), returnedMail.contentType(), returnedMail.content(), now, actor));
        supportCase.recordIncoming(CaseEventType.MAIL_BOUNCED, Channel.EMAIL, detail, actor, now);
        return saved;
    }

    public void cancelAsDuplicate(long caseId, String duplicateOf, String reason, String actor) {
        if (blank(reason)) {
            throw InvalidRequestException.of("cancelReason", "a cancellation needs a reason");
        }
        String original = blank(duplicateOf) ? null : duplicateOf.strip();
        if (original != null && cases.findByNumber(original).isEmpty()) {
            throw InvalidRequestException.of("duplicateOf", "unknown case '" + original + "'");
        }
        SupportCase supportCase = load(caseId);
        supportCase.cancelAsDuplicate(original, reason, actor, clock.instant());
        changed(supportCase, CaseEventType.CANCELLED);
    }

    public void dispatch(long caseId, String engineer, String note, String actor) {
        if (blank(engineer)) {
            throw InvalidRequestException.of("assignee", "choose the engineer to dispatch to");
        }
        SupportCase supportCase = load(caseId);
        supportCase.assign(engineer, note, actor, clock.instant());
        changed(supportCase, CaseEventType.ASSIGNED);
    }

    /**
     * One round of support: the action taken, if any, and what happens next (ask for remote access, wait
     * for the reporter, or carry on / resolve, which the process routes).
     */
    public void reportSupport(long caseId, SupportReport report, String actor) {
        List<FieldViolation> violations = new ArrayList<>();
        if (report.outcome() == null) {
            violations.add(new FieldViolation("supportOutcome", "请选择处理结果"));
        }
        if (report.mode() == null && report.startedAt() != null) {
            violations.add(new FieldViolation("supportMode", "填写了开始时间，请同时选择支持方式"));
        }
        if (report.mode() != null && report.startedAt() == null) {
            violations.add(new FieldViolation("supportStartedAt", "选择了支持方式，请填写开始时间"));
        }
        if (report.startedAt() != null && report.endedAt() != null && report.endedAt().isBefore(report.startedAt())) {
            violations.add(new FieldViolation("supportEndedAt", "结束时间早于开始时间"));
        }
        if (report.startedAt() != null && report.startedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            violations.add(new FieldViolation("supportStartedAt", "开始时间晚于当前时间"));
        }
        if (report.endedAt() != null && report.endedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            violations.add(new FieldViolation("supportEndedAt", "结束时间晚于当前时间：请在支持结束后填写"));
        }
        if (report.outcome() == SupportOutcome.REQUEST_REMOTE_ACCESS && blank(report.remoteAccessPurpose())) {
            violations.add(new FieldViolation("remoteAccessPurpose",
                    "请说明将在院方系统上做什么，以便院方审批"));
        }
        if (report.outcome() == SupportOutcome.WAIT_FOR_REPORTER && blank(report.reporterQuestion())) {
            violations.add(new FieldViolation("reporterQuestion", "请写明需要报修人补充什么"));
        }
        if (report.outcome() == SupportOutcome.AGREE_TIME && (report.agreedTime() == null
                || !report.agreedTime().isAfter(clock.instant()))) {
            violations.add(new FieldViolation("agreedTime", "与院方约定的时间必须晚于当前时间"));
        }
        if (report.outcome() == SupportOutcome.CONTINUE && report.mode() == null && blank(report.solutionPlan())
                && !report.onsiteRequired()) {
            violations.add(new FieldViolation("supportMode", "继续处理前请记录本次支持（方式与时间）或处理方案"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        SupportCase supportCase = load(caseId);
        Instant now = clock.instant();
        if (report.mode() != null) {
            supportCase.recordSupportAction(report.mode(), report.startedAt(), report.endedAt(), report.notes(), actor,
                    now);
            changed(supportCase, CaseEventType.SUPPORT_ACTION);
        }
        if (!blank(report.solutionPlan()) && supportCase.planSolution(report.solutionPlan().strip(), actor, now)) {
            changed(supportCase, CaseEventType.SOLUTION_PLANNED);
        }
        if (report.onsiteRequired() && supportCase.requireOnsite(actor, now)) {
            changed(supportCase, CaseEventType.ONSITE_REQUIRED);
        }
        switch (report.outcome()) {
            case REQUEST_REMOTE_ACCESS -> {
                supportCase.requestRemoteAccess(report.remoteAccessPurpose(), actor, now);
                changed(supportCase, CaseEventType.REMOTE_ACCESS_REQUESTED);
            }
            case WAIT_FOR_REPORTER -> {
                supportCase.waitForReporter(report.reporterQuestion(), actor, now);
                changed(supportCase, CaseEventType.WAITING_FOR_REPORTER);
            }
            case AGREE_TIME -> {
                supportCase.waitUntil(report.agreedTime(), report.notes(), actor, now);
                changed(supportCase, CaseEventType.WAITING_FOR_AGREED_TIME);
            }
            case CONTINUE, RESOLVED -> { }
        }
    }

    /** The time agreed with the hospital has come: the case is worked on again and its clock runs. */
    public void agreedTimeReached(long caseId) {
        SupportCase supportCase = load(caseId);
        supportCase.agreedTimeReached(clock.instant());
        changed(supportCase, CaseEventType.AGREED_TIME_REACHED);
    }

    public void decideRemoteAccess(long caseId, boolean granted, String note, String actor) {
        if (!granted && blank(note)) {
            throw InvalidRequestException.of("remoteAccessNote", "a refusal needs a reason");
        }
        SupportCase supportCase = load(caseId);
        supportCase.decideRemoteAccess(granted, note, actor, clock.instant());
        changed(supportCase, granted ? CaseEventType.REMOTE_ACCESS_GRANTED : CaseEventType.REMOTE_ACCESS_REFUSED);
    }

    /** A note on a case; a reporter's note to a case waiting for them resumes its process. */
    public CaseEvent addNote(String number, String text, boolean fromReporter, Channel source, Caller caller) {
        if (blank(text)) {
            throw InvalidRequestException.of("text", "is required");
        }
        if (text.length() > TEXT_MAX) {
            throw InvalidRequestException.of("text", "is longer than " + TEXT_MAX + " characters");
        }
        SupportCase supportCase = visibleCase(number, caller);
        boolean reporterSide = fromReporter || !caller.isVendorStaff();
        boolean resumed = supportCase.addNote(text, reporterSide, source, caller.userId(), clock.instant());
        if (resumed) {
            workflow.reporterReplied(supportCase);
        }
        changed(supportCase, resumed ? CaseEventType.REPORTER_REPLIED : CaseEventType.NOTE);
        List<CaseEvent> history = supportCase.getHistory();
        return history.get(history.size() - 1);
    }

    public void resolve(long caseId, FaultType faultType, String rootCause, String resolution, String actor) {
        List<FieldViolation> violations = new ArrayList<>();
        if (faultType == null) {
            violations.add(new FieldViolation("faultType", "请选择故障类型"));
        }
        if (blank(rootCause)) {
            violations.add(new FieldViolation("rootCause", "请填写故障原因"));
        }
        if (blank(resolution)) {
            violations.add(new FieldViolation("resolution", "请填写解决方法"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        SupportCase supportCase = load(caseId);
        supportCase.resolve(faultType, rootCause, resolution, actor, clock.instant());
        changed(supportCase, CaseEventType.RESOLVED);
    }

    /** 沉淀为知识 at the resolution: the knowledge base reacts to {@link ArticleProposed}. */
    public void proposeArticle(long caseId, String actor) {
        events.publishEvent(new ArticleProposed(load(caseId).getNumber(), actor));
    }

    public void confirm(long caseId, Satisfaction satisfaction, String feedback, String actor) {
        if (satisfaction == null) {
            throw InvalidRequestException.of("satisfaction", "rate the service: EXCELLENT, GOOD or POOR");
        }
        SupportCase supportCase = load(caseId);
        supportCase.confirm(satisfaction, feedback, actor, clock.instant());
        changed(supportCase, CaseEventType.CONFIRMED);
    }

    public void reopen(long caseId, String reason, String actor) {
        if (blank(reason)) {
            throw InvalidRequestException.of("reopenReason", "a reopened case needs the reason");
        }
        SupportCase supportCase = load(caseId);
        supportCase.reopen(reason, actor, clock.instant());
        changed(supportCase, CaseEventType.REOPENED);
    }

    /** Closes the case and files its written fault report (cause and handling) with it. */
    public void close(long caseId, String actor) {
        SupportCase supportCase = load(caseId);
        supportCase.close(actor, clock.instant());
        faultReports.file(supportCase, actor);
        changed(supportCase, CaseEventType.CLOSED);
    }

    /** Triage classified the case as 投诉: the complaint handling (quality) takes it up, not an engineer. */
    public void forwardComplaint(long caseId, String actor) {
        SupportCase supportCase = load(caseId);
        supportCase.forwardComplaint(actor, clock.instant());
        changed(supportCase, CaseEventType.COMPLAINT_FORWARDED);
    }

    /** The complaint this case brought in was answered: the case closes with the answer and goes on to its archive. */
    public void answerComplaint(long caseId, String answer, String actor) {
        SupportCase supportCase = load(caseId);
        supportCase.closeAnsweredComplaint(answer, actor, clock.instant());
        changed(supportCase, CaseEventType.CLOSED);
        workflow.complaintAnswered(supportCase);
    }

    public void archive(long caseId, String actor) {
        SupportCase supportCase = load(caseId);
        supportCase.archive(actor, clock.instant());
        changed(supportCase, CaseEventType.ARCHIVED);
    }

    /** Writes an SLA event into the case's history (the SLA engine's own record of warnings and escalations). */
    public void recordSla(long caseId, CaseEventType type, String detail) {
        load(caseId).recordSla(type, detail, clock.instant());
    }

    /**
     * What another module did for the case, in its history (an expert panel's conclusion, a product bug handed to
     * R&D, its fix released): also on a closed or archived case, as its fault report is.
     */
    public void recordFollowUp(long caseId, CaseEventType type, String detail, String actor) {
        if (!FOLLOW_UPS.contains(type)) {
            throw new IllegalArgumentException(type + " is not a follow-up of another module");
        }
        SupportCase supportCase = load(caseId);
        supportCase.recordDocument(type, detail, actor, clock.instant());
        changed(supportCase, type);
    }

    @Transactional(readOnly = true)
    public SupportCase visibleCase(String number, Caller caller) {
        return cases.findByNumber(number)
                .filter(c -> caller.canSeeHospital(c.hospitalCode()))
                .orElseThrow(() -> new NotFoundException("no case '" + number + "'"));
    }

    /** The open cases of a contract reported from this mail address, newest first. */
    @Transactional(readOnly = true)
    public List<SupportCase> openCasesReportedBy(String contractCode, String email) {
        return cases.findReportedBy(contractCode, email, CaseStatus.OPEN);
    }

    @Transactional(readOnly = true)
    public Optional<SupportCase> findByNumber(String number) {
        return cases.findByNumber(number);
    }

    @Transactional(readOnly = true)
    public SupportCase get(long caseId) {
        return load(caseId);
    }

    /**
     * The case, its row locked until the transaction ends: SLA changes of one case (a user's action, a timer's
     * escalation) take this lock first, so they run one after the other and each sees the other's result.
     */
    public SupportCase lock(long caseId) {
        return cases.lockById(caseId).orElseThrow(() -> new NotFoundException("no case with id " + caseId));
    }

    /**
     * The id of the case a process instance works on. The case process's steps find their case this way, by the
     * engine's own id of the instance they run in, never by a process variable a user could set.
     */
    @Transactional(readOnly = true)
    public long idOfProcess(String processInstanceId) {
        return cases.findByProcessInstanceId(processInstanceId).map(SupportCase::getId)
                .orElseThrow(() -> new NotFoundException("no case of process instance " + processInstanceId));
    }

    private void changed(SupportCase supportCase, CaseEventType type) {
        events.publishEvent(new CaseChanged(supportCase.getId(), type, clock.instant()));
    }

    private SupportCase load(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new NotFoundException("no case with id " + caseId));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
