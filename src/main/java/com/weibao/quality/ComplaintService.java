package com.weibao.quality;

import com.weibao.cases.Reporter;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.notify.NotificationRequest;
import com.weibao.notify.Notifications;
import com.weibao.notify.Recipient;
import com.weibao.platform.DisplayTimes;
import com.weibao.platform.identity.PeopleNames;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.Roles;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.FormText;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.platform.web.NotFoundException;
import com.weibao.sla.WorkingTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints (投诉) from every channel, one mechanism: a case classified 投诉 at triage (hotline, phone form, mail,
 * WeChat, web), the callback follow-up, or the API files a complaint against a case, an engineer or the service in
 * general; its ComplaintProcess gives it to the service managers (never to a user complained about; when that user
 * is a manager, to the other managers) with the contract's response deadline, reminds them when it passes, records
 * the investigation and outcome, and tells the complainant the answer. Engine calls sit in quality.process.
 */
@Service
@Transactional
public class ComplaintService {

    private static final Logger log = LoggerFactory.getLogger(ComplaintService.class);

    private final SupportCaseService cases;
    private final ContractService contracts;
    private final ComplaintRepository complaints;
    private final ComplaintPolicyRepository policies;
    private final ComplaintWorkflow workflow;
    private final WorkingTime time;
    private final Notifications notifications;
    private final Clock clock;
    private final PeopleNames people;

    ComplaintService(SupportCaseService cases, ContractService contracts, ComplaintRepository complaints,
                     ComplaintPolicyRepository policies, ComplaintWorkflow workflow, WorkingTime time,
                     Notifications notifications, Clock clock, PeopleNames people) {
        this.cases = cases;
        this.contracts = contracts;
        this.complaints = complaints;
        this.policies = policies;
        this.workflow = workflow;
        this.time = time;
        this.notifications = notifications;
        this.clock = clock;
        this.people = people;
    }

    /**
     * A case classified 投诉 was forwarded by its case process (instead of being dispatched to an engineer): its
     * reporter's complaint about the service, once per case. The case waits until the complaint is answered.
     */
    public void caseForwarded(long caseId) {
        if (complaints.existsByComplaintCaseId(caseId)) {
            return;
        }
        SupportCase c = cases.get(caseId);
        Contract contract = c.getContract();
        String text = c.getSummary() + (c.getDescription() == null || c.getDescription().isBlank() ? ""
                : "\n" + c.getDescription().strip());
        Instant now = clock.instant();
        Complaint complaint = new Complaint(contract.getCode(), c.hospitalCode(), ComplaintSubject.SERVICE, null, null,
                null, List.of(), ComplaintChannel.of(c.getChannel()), clip(text),
                c.getRegisteredBy() == null ? QualityService.ACTOR : cut(c.getRegisteredBy(), 64), now,
                dueAfter(contract, now))
                .broughtInBy(caseId, c.getNumber())
                .from(caseId, null, reporterName(c.getReporter()));
        open(complaint);
    }

    /** A complaint through the API: a hospital's user in their own name; vendor staff for the reporter of a case. */
    public ComplaintView file(NewComplaint request, Caller caller) {
        List<FieldViolation> problems = new ArrayList<>();
        String description = request.description() == null ? "" : request.description().strip();
        if (description.isEmpty()) {
            problems.add(new FieldViolation("description", "请填写投诉内容"));
        } else if (description.length() > Complaint.TEXT_MAX) {
            problems.add(new FieldViolation("description", "最多 " + Complaint.TEXT_MAX + " 字"));
        }
        if (request.contract() == null || request.contract().isBlank()) {
            problems.add(new FieldViolation("contract", "请指定合同编号"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Contract contract = contracts.visibleContract(request.contract().strip(), caller);
        SupportCase about = null;
        if (request.caseNumber() != null && !request.caseNumber().isBlank()) {
            about = cases.visibleCase(request.caseNumber().strip(), caller);
            if (about.getContract() == null || !about.getContract().getCode().equals(contract.getCode())) {
                throw InvalidRequestException.of("caseNumber", "工单 " + about.getNumber() + " 不属于合同 "
                        + contract.getCode());
            }
        }
        String engineer = request.engineer() == null || request.engineer().isBlank() ? null : request.engineer().strip();
        if (engineer != null && java.util.stream.Stream.concat(contract.engineerGroupList().stream(),
                Roles.VENDOR_GROUPS.stream()).distinct().noneMatch(group -> workflow.membersOf(group).contains(engineer))) {
            throw InvalidRequestException.of("engineer", "“" + engineer + "”不是该合同的工程师或厂商人员");
        }
        boolean vendor = caller.isVendorStaff();
        if (vendor && about == null) {
            throw InvalidRequestException.of("caseNumber", "厂商人员代为登记投诉时请指定工单号（处理结果告知该工单的报修人）；"
                    + "没有工单的投诉请按类别“投诉”登记报修");
        }
        Set<String> excluded = new LinkedHashSet<>();
        if (engineer != null) {
            excluded.add(engineer);
        }
        if (about != null) {
            excluded.addAll(QualityService.engineersOf(about));
        }
        ComplaintSubject subject = about != null ? ComplaintSubject.CASE
                : engineer != null ? ComplaintSubject.ENGINEER : ComplaintSubject.SERVICE;
        Instant now = clock.instant();
        Complaint complaint = new Complaint(contract.getCode(), contract.getHospital().getCode(), subject,
                about == null ? null : about.getId(), about == null ? null : about.getNumber(), engineer, excluded,
                ComplaintChannel.API, description, caller.userId(), now, dueAfter(contract, now));
        if (vendor) {
            complaint.from(about.getId(), null, reporterName(about.getReporter()));
        } else {
            complaint.from(null, caller.userId(), people.nameOf(caller.userId()));
        }
        return view(open(complaint));
    }

    /** The callback follow-up's complaint: the reporter of the closed case about that case and its engineers. */
    long fileFromCallback(Callback callback, String note, String actor) {
        SupportCase c = cases.get(callback.getCaseId());
        Instant now = clock.instant();
        String text = "电话回访（工单 " + callback.getCaseNumber() + "）：" + (Boolean.FALSE.equals(callback.getSolved())
                ? "问题未解决" : "问题已解决") + "，满意度“" + callback.getRating().label() + "”。"
                + (callback.getComment() == null ? "" : "报修人意见：" + callback.getComment() + "。")
                + "服务经理：" + note;
        Complaint complaint = new Complaint(callback.getContractCode(), callback.getHospitalCode(),
                ComplaintSubject.CASE, c.getId(), c.getNumber(), null, callback.engineerList(),
                ComplaintChannel.CALLBACK, clip(text), actor, now, dueAfter(c.getContract(), now))
                .from(c.getId(), null, reporterName(c.getReporter()));
        return open(complaint).getId();
    }

    private Complaint open(Complaint complaint) {
        Complaint saved = complaints.save(complaint);
        saved.started(workflow.start(reference(saved), saved.getContractCode(), saved.getDueAt()));
        log.info("Complaint {} filed on {} ({}), due {}", reference(saved), saved.getContractCode(),
                saved.getSubject(), saved.getDueAt());
        Handlers handlers = handlersOf(saved);
        for (Recipient to : handlers.recipients()) {
            notifications.send(new NotificationRequest(to, null, reference(saved), "COMPLAINT_FILED",
                    "新投诉 " + reference(saved) + "：" + about(saved),
                    "收到投诉 " + reference(saved) + "（" + saved.getChannel().label() + "，投诉人："
                            + saved.getComplainant() + "）：" + about(saved) + "。\n投诉内容：" + saved.getDescription()
                            + "\n请于 " + DisplayTimes.format(saved.getDueAt())
                            + " 前在任务列表中完成“调查处理投诉”（调查经过、是否属实、整改措施、给投诉人的答复）。",
                    "complaint-filed:" + saved.getId() + ":" + to));
        }
        return saved;
    }

    /**
     * Who handles the complaint: the service managers; when one of them is complained about, the other managers by
     * name; when no other manager is left, the team leads.
     */
    @Transactional(readOnly = true)
    public Handlers handlers(long complaintId) {
        return handlersOf(load(complaintId));
    }

    private Handlers handlersOf(Complaint complaint) {
        List<String> managers = workflow.membersOf(Roles.MANAGERS);
        if (managers.stream().noneMatch(complaint::isAbout)) {
            return new Handlers(List.of(Roles.MANAGERS), List.of());
        }
        List<String> others = managers.stream().filter(m -> !complaint.isAbout(m)).toList();
        return others.isEmpty() ? new Handlers(List.of(Roles.LEADS), List.of()) : new Handlers(List.of(), others);
    }

    /** Refuses a user complained about: nobody investigates a complaint about himself. */
    @Transactional(readOnly = true)
    public void checkMayHandle(long complaintId, String userId) {
        if (load(complaintId).isAbout(userId)) {
            throw new NotAllowedToHandle(people.nameOf(userId));
        }
    }

    /** The manager's investigation and outcome (the complaint task's form). */
    public void answer(long complaintId, String investigation, Boolean substantiated, String measures, String reply,
                       String actor) {
        Complaint complaint = load(complaintId);
        if (complaint.isAbout(actor)) {
            throw new NotAllowedToHandle(people.nameOf(actor));
        }
        complaint.answer(blankToNull(investigation), substantiated, blankToNull(measures), blankToNull(reply), actor,
                clock.instant());
    }

    /**
     * The complainant is told the outcome (the reporter of the case, or the hospital's user who complained); a case
     * that brought the complaint in is closed with it.
     */
    public void informComplainant(long complaintId) {
        Complaint complaint = load(complaintId);
        String outcome = Boolean.TRUE.equals(complaint.getSubstantiated())
                ? "经调查，投诉情况属实。整改措施：" + complaint.getMeasures()
                : "经调查，投诉情况不属实。";
        String body = "您于 " + DisplayTimes.format(complaint.getFiledAt()) + " 提出的投诉（" + reference(complaint)
                + "，" + about(complaint) + "）已处理完毕。\n" + outcome + "\n答复：" + complaint.getReply()
                + "\n处理人：" + people.nameOf(complaint.getHandledBy()) + "（服务经理），"
                + DisplayTimes.format(complaint.getAnsweredAt()) + "。感谢您的监督。";
        Recipient to = complaint.getComplainantUser() != null ? Recipient.user(complaint.getComplainantUser())
                : Recipient.reporter();
        Long caseId = complaint.getComplainantUser() != null ? null : complaint.getReporterCaseId();
        if (complaint.getComplainantUser() != null || caseId != null) {
            notifications.send(new NotificationRequest(to, caseId, reference(complaint), "COMPLAINT_ANSWERED",
                    "投诉处理结果：" + reference(complaint), body, "complaint-answered:" + complaint.getId()));
        }
        if (complaint.getComplaintCaseId() != null) {
            cases.answerComplaint(complaint.getComplaintCaseId(), outcome + " 答复：" + complaint.getReply(),
                    complaint.getHandledBy());
        }
    }

    /** The deadline passed unanswered: the handlers are reminded, once. */
    public void overdue(long complaintId) {
        Complaint complaint = load(complaintId);
        if (!complaint.remind(clock.instant())) {
            return;
        }
        for (Recipient to : handlersOf(complaint).recipients()) {
            notifications.send(new NotificationRequest(to, null, reference(complaint), "COMPLAINT_OVERDUE",
                    "投诉逾期未答复：" + reference(complaint),
                    "投诉 " + reference(complaint) + "（" + about(complaint) + "）应于 "
                            + DisplayTimes.format(complaint.getDueAt()) + " 前答复，至今未处理完毕。请尽快在任务列表中完成“调查处理投诉”。",
                    "complaint-overdue:" + complaint.getId() + ":" + to));
        }
    }

    /** What the complaint task's form shows. */
    @Transactional(readOnly = true)
    public Map<String, Object> card(long complaintId) {
        Complaint c = load(complaintId);
        Contract contract = contracts.find(c.getContractCode()).orElseThrow();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("reference", reference(c));
        view.put("hospital", FormText.literal(contract.getHospital().getName()));
        view.put("contract", FormText.literal(contract.getName() + "（" + contract.getCode() + "）"));
        view.put("channel", c.getChannel().label());
        view.put("subject", about(c));
        view.put("complainant", FormText.literal(c.getComplainant() == null ? "" : c.getComplainant()));
        view.put("filedAt", DisplayTimes.format(c.getFiledAt()));
        view.put("dueAt", DisplayTimes.format(c.getDueAt()));
        view.put("description", FormText.literal(c.getDescription()));
        view.put("complaintCase", c.getComplaintCaseNumber() == null ? "无" : c.getComplaintCaseNumber());
        view.put("caseSummary", c.getCaseId() == null ? "—" : FormText.literal(cases.get(c.getCaseId()).getSummary()));
        view.put("excluded", c.excludedList().isEmpty() ? "无" : c.excludedList().stream().map(people::nameOf)
                .collect(Collectors.joining("、")));
        return view;
    }

    /** A contract's complaints filed in the period (days inclusive, Asia/Shanghai), with their outcomes and counts. */
    @Transactional(readOnly = true)
    public ComplaintReport list(String contractCode, LocalDate from, LocalDate to, Caller caller) {
        if (contractCode == null || contractCode.isBlank()) {
            throw InvalidRequestException.of("contract", "请指定合同编号");
        }
        Contract contract = contracts.visibleContract(contractCode.strip(), caller);
        DateRange range = DateRange.of(from, to, clock);
        List<Complaint> found = complaints.findByContractCodeAndFiledAtGreaterThanEqualAndFiledAtLessThanOrderByFiledAtAsc(
                contract.getCode(), range.start(), range.end());
        Instant now = clock.instant();
        long answered = found.stream().filter(c -> c.getStatus() == ComplaintStatus.ANSWERED).count();
        long substantiated = found.stream().filter(c -> Boolean.TRUE.equals(c.getSubstantiated())).count();
        long late = found.stream().filter(c -> c.answeredLate()
                || c.getStatus() == ComplaintStatus.OPEN && now.isAfter(c.getDueAt())).count();
        return new ComplaintReport(contract.getCode(), range.first(), range.last(),
                new ComplaintCounts(found.size(), found.size() - answered, answered, substantiated,
                        answered - substantiated, late),
                found.stream().map(this::view).toList());
    }

    public long idOfProcess(String processInstanceId) {
        return complaints.findByProcessInstanceId(processInstanceId).map(Complaint::getId)
                .orElseThrow(() -> new NotFoundException("no complaint of process instance " + processInstanceId));
    }

    private ComplaintView view(Complaint c) {
        return new ComplaintView(c.getId(), reference(c), c.getContractCode(), c.getSubject(), about(c),
                c.getCaseNumber(), c.getEngineer(), c.getEngineer() == null ? null : people.nameOf(c.getEngineer()),
                c.getChannel(), c.getComplaintCaseNumber(), c.getComplainant(), c.getDescription(), c.getFiledAt(),
                c.getDueAt(), c.getRemindedAt(), c.getStatus(), c.getSubstantiated(), c.getInvestigation(),
                c.getMeasures(), c.getReply(), c.getHandledBy() == null ? null : people.nameOf(c.getHandledBy()),
                c.getAnsweredAt(), c.answeredLate());
    }

    private Instant dueAfter(Contract contract, Instant from) {
        TimeSpan span = policies.findById(contract.getCode()).map(ComplaintPolicy::respondWithin)
                .orElse(ComplaintPolicy.DEFAULT_RESPONSE);
        return span.after(time, contract, from);
    }

    /** The complaint's reference as people read it: 投诉 TS-12. */
    static String reference(Complaint c) {
        return "TS-" + c.getId();
    }

    private String about(Complaint c) {
        return switch (c.getSubject()) {
            case CASE -> "针对工单 " + c.getCaseNumber();
            case ENGINEER -> "针对工程师 " + people.nameOf(c.getEngineer());
            case SERVICE -> "针对服务总体";
        };
    }

    private static String reporterName(Reporter r) {
        if (r == null || r.getName() == null || r.getName().isBlank()) {
            return "报修人";
        }
        return cut(r.getName().strip() + (r.getDepartment() == null || r.getDepartment().isBlank() ? ""
                : "（" + r.getDepartment().strip() + "）"), 255);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String clip(String text) {
        return cut(text, Complaint.TEXT_MAX);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Complaint load(long complaintId) {
        return complaints.findById(complaintId)
                .orElseThrow(() -> new NotFoundException("no complaint " + complaintId));
    }

    /** Candidate groups or, when a manager is complained about, the other managers by user id. */
    public record Handlers(List<String> groups, List<String> users) {
        List<Recipient> recipients() {
            List<Recipient> to = new ArrayList<>();
            groups.forEach(g -> to.add(Recipient.group(g)));
            users.forEach(u -> to.add(Recipient.user(u)));
            return to;
        }
    }

    /** The API's complaint: the contract, optionally the case and/or the engineer complained about, the text. */
    public record NewComplaint(String contract, String caseNumber, String engineer, String description) {
    }

    public record ComplaintCounts(long total, long open, long answered, long substantiated, long notSubstantiated,
                                  long late) {
    }

    public record ComplaintReport(String contract, LocalDate from, LocalDate to, ComplaintCounts counts,
                                  List<ComplaintView> complaints) {
    }

    /** A user complained about tried to take or answer the complaint. */
    public static final class NotAllowedToHandle extends RuntimeException {
        public NotAllowedToHandle(String name) {
            super("投诉涉及" + name + "本人，不能由其调查处理（投诉由其他服务经理处理）");
        }
    }
}
