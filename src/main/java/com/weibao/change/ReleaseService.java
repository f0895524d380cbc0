package com.weibao.change;

import com.weibao.cases.CaseApi.CaseDetails;
import com.weibao.cases.CaseApi.CaseSummary;
import com.weibao.cases.CaseQueries;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.contract.CoveredSystem;
import com.weibao.contract.Priority;
import com.weibao.notify.NotificationRequest;
import com.weibao.notify.Notifications;
import com.weibao.notify.Recipient;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.Roles;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.platform.web.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of a release (seed 003 §5.5): the team lead or service manager plans a release of a covered system
 * and puts the contract's P3 cases it fixes on its list; the problem list and timetable go to the hospital's IT
 * department (a mail and the .xlsx list), which confirms the plan or sends it back with remarks; the release is
 * implemented, the hospital accepts it, and the released version enters the system's version history with the cases
 * it fixed. P3 cases waiting longer than the contract's cadence allows without a release are flagged overdue.
 */
@Service
@Transactional
public class ReleaseService {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(SHANGHAI);
    private static final int PAGE = 200;

    private final ReleaseRepository releases;
    private final ReleaseCadenceRepository cadences;
    private final ChangeService changes;
    private final ContractService contracts;
    private final CaseQueries cases;
    private final Notifications notifications;
    private final ReleaseWorkflow workflow;
    private final ProductBugService productBugs;
    private final Clock clock;

    ReleaseService(ReleaseRepository releases, ReleaseCadenceRepository cadences, ChangeService changes,
                   ContractService contracts, CaseQueries cases, Notifications notifications,
                   ReleaseWorkflow workflow, ProductBugService productBugs, Clock clock) {
        this.releases = releases;
        this.cadences = cadences;
        this.changes = changes;
        this.contracts = contracts;
        this.cases = cases;
        this.notifications = notifications;
        this.workflow = workflow;
        this.productBugs = productBugs;
        this.clock = clock;
    }

    /** A release planned by a team lead or service manager, for a contract they serve; its process starts with it. */
    public Release create(NewRelease request, Caller caller) {
        requirePlanner(caller);
        List<FieldViolation> violations = new ArrayList<>();
        Contract contract = request.contract() == null ? null
                : contracts.findVisible(request.contract(), caller).orElse(null);
        if (contract == null) {
            violations.add(new FieldViolation("contract", "没有合同“" + request.contract() + "”"));
        } else if (request.system() == null || contract.findSystem(request.system()).isEmpty()) {
            violations.add(new FieldViolation("system", "合同不含系统“" + request.system() + "”"));
        }
        if (blank(request.version())) {
            violations.add(new FieldViolation("version", "请填写发布的版本号"));
        }
        Instant plannedAt = request.plannedAt() == null ? null : request.plannedAt().toInstant();
        if (plannedAt == null) {
            violations.add(new FieldViolation("plannedAt", "请填写计划发布时间"));
        } else if (plannedAt.isBefore(clock.instant())) {
            violations.add(new FieldViolation("plannedAt", "计划发布时间不能早于现在"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("发布计划不完整：" + violations.get(0).message(), violations);
        }
        String title = blank(request.title()) ? systemName(contract, request.system()) + " " + request.version().strip()
                + " 问题修复发布" : request.title().strip();
        Release release = new Release(contract.getCode(), contract.getHospital().getCode(), request.system(), title,
                request.version().strip(), changes.runningVersion(contract.getCode(), request.system()).orElse(null),
                plannedAt, caller.userId(), clock.instant());
        release.record(clock.instant(), caller.userId(), ReleaseEventType.PLANNED, title + "，计划 "
                + SHOWN.format(plannedAt));
        releases.saveAndFlush(release);
        release.numbered();
        release.startedAs(workflow.start(release));
        return release;
    }

    /**
     * A P3 case of the release's contract (and system, when the case names one) put on its list, while the list is
     * being compiled.
     */
    public Release addCase(long id, String caseNumber, Caller caller) {
        Release release = visible(id, caller);
        requirePlanner(caller);
        requireCompiling(release);
        if (blank(caseNumber)) {
            throw InvalidRequestException.of("caseNumber", "请填写工单号");
        }
        CaseDetails fixed;
        try {
            fixed = cases.details(caseNumber.strip(), caller);
        } catch (NotFoundException e) {
            throw InvalidRequestException.of("caseNumber", "没有工单 " + caseNumber);
        }
        if (fixed.contract() == null || !release.getContractCode().equals(fixed.contract().code())) {
            throw InvalidRequestException.of("caseNumber", "工单 " + fixed.number() + " 属于其他合同，不能加入本次发布");
        }
        if (fixed.priority() != Priority.P3 && !productBugs.awaitsFix(fixed.number())) {
            throw InvalidRequestException.of("caseNumber", "只有三级故障（P3）或已转研发的产品缺陷随发版修复；工单 "
                    + fixed.number() + " 的级别是 " + (fixed.priority() == null ? "未分级" : fixed.priority().name()));
        }
        if (fixed.system() != null && !release.getSystemCode().equals(fixed.system().code())) {
            throw InvalidRequestException.of("caseNumber", "工单 " + fixed.number() + " 属于系统“"
                    + fixed.system().name() + "”，不是本次发布的系统");
        }
        if (release.fixes(fixed.number())) {
            throw InvalidRequestException.of("caseNumber", "工单 " + fixed.number() + " 已在本次发布清单中");
        }
        release.add(new ReleaseCase(release, fixed.number(), fixed.summary() == null ? "" : fixed.summary(),
                fixed.reportedAt() == null ? fixed.registeredAt() : fixed.reportedAt(), caller.userId(),
                clock.instant()));
        release.record(clock.instant(), caller.userId(), ReleaseEventType.CASE_ADDED, fixed.number() + " "
                + fixed.summary());
        return release;
    }

    /** A case taken off the list while it is being compiled. */
    public Release removeCase(long id, String caseNumber, Caller caller) {
        Release release = visible(id, caller);
        requirePlanner(caller);
        requireCompiling(release);
        if (!release.remove(caseNumber)) {
            throw new NotFoundException("release " + release.getReference() + " does not fix " + caseNumber);
        }
        release.record(clock.instant(), caller.userId(), ReleaseEventType.CASE_REMOVED, caseNumber);
        return release;
    }

    // --- the process's steps ---

    /** The start of the release's process binds it to the release stored just before it (reference = business key). */
    public void bindProcess(String reference, String processInstanceId) {
        Release release = releases.findByReference(reference).filter(r -> r.getProcessInstanceId() == null
                        || r.getProcessInstanceId().equals(processInstanceId))
                .orElseThrow(() -> new IllegalStateException("no unbound release " + reference + " for process "
                        + processInstanceId));
        release.startedAs(processInstanceId);
    }

    @Transactional(readOnly = true)
    public long idOfProcess(String processInstanceId) {
        return releases.findByProcessInstanceId(processInstanceId).map(Release::getId)
                .orElseThrow(() -> new IllegalStateException("no release for process " + processInstanceId));
    }

    @Transactional(readOnly = true)
    public Release get(long id) {
        return releases.findById(id).orElseThrow(() -> new NotFoundException("no release " + id));
    }

    /**
     * 编制发布清单 done: the list (at least one case) and the timetable go to the hospital's IT department, as a mail
     * with the list and a link to the .xlsx, and over REST. The planned date may be moved here.
     */
    public void send(long id, Instant plannedAt, String note, Caller caller) {
        Release release = get(id);
        requirePlanner(caller);
        if (release.getCases().isEmpty()) {
            throw InvalidRequestException.of("cases", "发布清单是空的：请先把要修复的三级故障工单加入清单"
                    + "（POST /api/releases/" + id + "/cases）");
        }
        if (plannedAt != null) {
            if (plannedAt.isBefore(clock.instant())) {
                throw InvalidRequestException.of("plannedAt", "计划发布时间不能早于现在");
            }
            release.replan(plannedAt);
        }
        release.sent(clock.instant());
        release.record(clock.instant(), caller.userId(), ReleaseEventType.SENT, release.getCases().size()
                + " 个问题，计划 " + SHOWN.format(release.getPlannedAt()) + (blank(note) ? "" : "；" + note.strip()));
        Contract contract = contracts.find(release.getContractCode()).orElseThrow();
        StringBuilder body = new StringBuilder();
        body.append(contract.getHospital().getName()).append("信息科：\n\n")
                .append("本次发布计划如下，请在任务列表中“院方确认发布计划”确认，或写明意见退回。\n\n")
                .append("发布：").append(release.getTitle()).append("（").append(release.getReference()).append("）\n")
                .append("系统：").append(systemName(contract, release.getSystemCode())).append("\n")
                .append("版本：").append(release.getPreviousVersion() == null ? "" : release.getPreviousVersion()
                        + " → ").append(release.getVersion()).append("\n")
                .append("计划发布时间：").append(SHOWN.format(release.getPlannedAt())).append("\n\n")
                .append("修复的问题（").append(release.getCases().size()).append(" 个）：\n");
        int n = 1;
        for (ReleaseCase c : release.getCases()) {
            body.append(n++).append(". ").append(c.getCaseNumber()).append(" ").append(c.getSummary())
                    .append("（报修 ").append(SHOWN.format(c.getReportedAt())).append("）\n");
        }
        if (!blank(note)) {
            body.append("\n说明：").append(note.strip()).append("\n");
        }
        body.append("\n问题清单与时间表（Excel）：/api/releases/").append(id).append("/list.xlsx\n")
                .append("合同：").append(contract.getName());
        notifications.send(new NotificationRequest(Recipient.group(Roles.hospitalItGroup(release.getHospitalCode())),
                null, release.getReference(), "RELEASE_PLAN_SENT", "发布计划待确认：" + release.getTitle(),
                body.toString(), "RELEASE_PLAN_SENT|" + id + "|" + release.getHistory().size()));
    }

    /** 院方确认发布计划: the hospital's IT department confirms, or sends the plan back with remarks. */
    public void confirm(long id, boolean confirmed, String remarks, Caller caller) {
        Release release = get(id);
        requireHospitalIt(release, caller, "only the hospital's IT department confirms its release plans");
        if (!confirmed && blank(remarks)) {
            throw InvalidRequestException.of("confirmationRemarks", "请写明退回的原因，以便厂商调整发布清单或时间");
        }
        release.record(clock.instant(), caller.userId(), confirmed ? ReleaseEventType.CONFIRMED
                : ReleaseEventType.REFUSED, remarks);
        release.moveTo(confirmed ? ReleaseStatus.CONFIRMED : ReleaseStatus.PLANNED, confirmed ? null : remarks.strip());
        if (!confirmed) {
            notifications.send(new NotificationRequest(Recipient.group(Roles.LEADS), null, release.getReference(),
                    "RELEASE_PLAN_REFUSED", "院方退回发布计划：" + release.getTitle(), "发布 " + release.getReference()
                    + "（" + release.getTitle() + "）的计划被院方信息科退回：\n" + remarks.strip()
                    + "\n请调整发布清单或时间后重新报送。", "RELEASE_PLAN_REFUSED|" + id + "|" + release.getHistory().size()));
        }
    }

    /** 实施发布: the engineer records the steps. */
    public void recordImplementation(long id, String steps, Caller caller) {
        Release release = get(id);
        if (!caller.isVendorStaff() && !caller.isAdmin()) {
            throw new AccessDeniedException("releases are implemented by the vendor's engineers");
        }
        if (blank(steps)) {
            throw InvalidRequestException.of("implementationSteps", "请逐条记录发布步骤");
        }
        release.record(clock.instant(), caller.userId(), ReleaseEventType.IMPLEMENTED, steps.strip());
        release.moveTo(ReleaseStatus.IMPLEMENTED, null);
    }

    /** 院方验收发布: accepted, or refused with remarks (then implemented again). */
    public void accept(long id, boolean accepted, String remarks, Caller caller) {
        Release release = get(id);
        requireHospitalIt(release, caller, "only the hospital's IT department accepts its releases");
        if (!accepted && blank(remarks)) {
            throw InvalidRequestException.of("acceptanceRemarks", "请写明验收不通过的原因");
        }
        release.record(clock.instant(), caller.userId(), accepted ? ReleaseEventType.ACCEPTED
                : ReleaseEventType.ACCEPTANCE_REFUSED, remarks);
        release.moveTo(accepted ? ReleaseStatus.IMPLEMENTED : ReleaseStatus.CONFIRMED,
                accepted ? null : remarks.strip());
    }

    /**
     * Accepted: the covered system runs the release's version from now on, with the cases it fixed; the reporters of
     * the product bugs among them are told the fix is released.
     */
    public void released(long id) {
        Release release = get(id);
        Instant now = clock.instant();
        String previous = changes.runningVersion(release.getContractCode(), release.getSystemCode()).orElse(null);
        release.released(previous, now);
        release.record(now, "change", ReleaseEventType.RELEASED, release.getSystemCode() + "："
                + (previous == null ? "" : previous + " → ") + release.getVersion() + "，修复 "
                + release.getCases().stream().map(ReleaseCase::getCaseNumber).toList());
        productBugs.fixReleased(release);
    }

    // --- reading ---

    @Transactional(readOnly = true)
    public Release visible(long id, Caller caller) {
        return releases.findById(id).filter(r -> caller.canSeeHospital(r.getHospitalCode()))
                .orElseThrow(() -> new NotFoundException("no release " + id));
    }

    @Transactional(readOnly = true)
    public ReleaseApi.ReleaseDetails details(long id, Caller caller) {
        Release release = visible(id, caller);
        return ReleaseApi.ReleaseDetails.of(release, caller);
    }

    @Transactional(readOnly = true)
    public List<ReleaseApi.ReleaseSummary> summaries(Caller caller) {
        return releases.findAllByOrderByIdDesc().stream().filter(r -> caller.canSeeHospital(r.getHospitalCode()))
                .map(ReleaseApi.ReleaseSummary::of).toList();
    }

    /** The releases whose list holds a case the caller may see. */
    @Transactional(readOnly = true)
    public List<ReleaseApi.ReleaseSummary> ofCase(String caseNumber, Caller caller) {
        cases.details(caseNumber, caller);
        return releases.findFixing(caseNumber).stream().filter(r -> caller.canSeeHospital(r.getHospitalCode()))
                .map(ReleaseApi.ReleaseSummary::of).toList();
    }

    /**
     * The contract's P3 cases still waiting for a release: each with the latest date the cadence allows (reported +
     * at-latest period), the release it is planned in, and whether it is overdue (now past that date, not released).
     * Without a cadence in the contract nothing is overdue.
     */
    @Transactional(readOnly = true)
    public ReleaseApi.Backlog backlog(String contractCode, boolean overdueOnly, Caller caller) {
        Contract contract = contracts.visibleContract(contractCode, caller);
        Optional<ReleaseCadence> cadence = cadences.findByContractCode(contract.getCode());
        Instant now = clock.instant();
        List<Release> ofContract = releases.findByContractCodeOrderByIdDesc(contract.getCode());
        List<ReleaseApi.BacklogItem> items = new ArrayList<>();
        for (CaseSummary c : p3Cases(contract.getCode(), caller)) {
            if (c.status() == null || !c.status().isOpen()) {
                continue;
            }
            if (ofContract.stream().anyMatch(r -> r.getStatus() == ReleaseStatus.RELEASED && r.fixes(c.number()))) {
                continue;
            }
            Optional<Release> planned = ofContract.stream().filter(r -> r.fixes(c.number())).findFirst();
            Instant due = cadence.map(k -> c.reportedAt().atZone(SHANGHAI).plus(k.getAtLatest()).toInstant())
                    .orElse(null);
            boolean overdue = due != null && now.isAfter(due);
            if (overdueOnly && !overdue) {
                continue;
            }
            items.add(new ReleaseApi.BacklogItem(c.number(), c.summary(), c.system() == null ? null
                    : c.system().name(), c.status().label(), c.reportedAt(), due, due == null ? null
                    : SHOWN.format(due), planned.map(Release::getReference).orElse(null),
                    planned.map(r -> "/api/releases/" + r.getId()).orElse(null), overdue));
        }
        items.sort(Comparator.comparing(ReleaseApi.BacklogItem::reportedAt));
        return new ReleaseApi.Backlog(contract.getCode(), contract.getName(),
                cadence.map(k -> k.getEvery().toString()).orElse(null),
                cadence.map(k -> k.getAtLatest().toString()).orElse(null), items);
    }

    private List<CaseSummary> p3Cases(String contractCode, Caller caller) {
        List<CaseSummary> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            var result = cases.search(new CaseQueries.Filter(contractCode, null, Priority.P3, null), page, PAGE,
                    caller);
            all.addAll(result.items());
            if (page + 1 >= result.totalPages()) {
                return all;
            }
        }
    }

    /** The problem list and timetable as the hospital receives it (.xlsx, Apache POI). */
    @Transactional(readOnly = true)
    public byte[] problemList(long id, Caller caller) {
        Release release = visible(id, caller);
        Contract contract = contracts.find(release.getContractCode()).orElseThrow();
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("发布清单");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(release.getTitle() + "（" + release.getReference() + "）问题清单与时间表");
            title.getCell(0).setCellStyle(bold);
            r = pair(sheet, r, "医院", contract.getHospital().getName());
            r = pair(sheet, r, "合同", contract.getName());
            r = pair(sheet, r, "系统", systemName(contract, release.getSystemCode()));
            r = pair(sheet, r, "版本", (release.getPreviousVersion() == null ? "" : release.getPreviousVersion()
                    + " → ") + release.getVersion());
            r = pair(sheet, r, "计划发布时间", SHOWN.format(release.getPlannedAt()));
            r = pair(sheet, r, "状态", release.getStatus().label());
            r++;
            Row head = sheet.createRow(r++);
            String[] columns = {"序号", "工单号", "问题", "报修时间", "最迟修复"};
            Optional<ReleaseCadence> cadence = cadences.findByContractCode(release.getContractCode());
            for (int i = 0; i < columns.length; i++) {
                head.createCell(i).setCellValue(columns[i]);
                head.getCell(i).setCellStyle(bold);
            }
            int n = 1;
            for (ReleaseCase c : release.getCases()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(n++);
                row.createCell(1).setCellValue(c.getCaseNumber());
                row.createCell(2).setCellValue(c.getSummary());
                row.createCell(3).setCellValue(SHOWN.format(c.getReportedAt()));
                row.createCell(4).setCellValue(cadence.map(k -> SHOWN.format(c.getReportedAt().atZone(SHANGHAI)
                        .plus(k.getAtLatest()).toInstant())).orElse(""));
            }
            sheet.setColumnWidth(0, 14 * 256);
            sheet.setColumnWidth(1, 22 * 256);
            sheet.setColumnWidth(2, 50 * 256);
            sheet.setColumnWidth(3, 20 * 256);
            sheet.setColumnWidth(4, 20 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pair(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value == null ? "" : value);
        return r + 1;
    }

    static String systemName(Contract contract, String systemCode) {
        return contract.findSystem(systemCode).map(CoveredSystem::getName).orElse(systemCode);
    }

    private static void requirePlanner(Caller caller) {
        if (!caller.isApplication() && !caller.inGroup(Roles.LEADS) && !caller.inGroup(Roles.MANAGERS)
                && !caller.isAdmin()) {
            throw new AccessDeniedException("releases are planned by team leads or service managers");
        }
    }

    private static void requireCompiling(Release release) {
        if (release.getStatus() != ReleaseStatus.PLANNED) {
            throw new InvalidRequestException("发布清单已报院方（" + release.getStatus().label() + "），不能再修改",
                    List.of(new FieldViolation("caseNumber", "发布清单已报院方，不能再修改")));
        }
    }

    private static void requireHospitalIt(Release release, Caller caller, String message) {
        boolean it = caller.inGroup(Roles.hospitalItGroup(release.getHospitalCode()))
                && caller.canSeeHospital(release.getHospitalCode());
        if (!it && !caller.isAdmin()) {
            throw new AccessDeniedException(message);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
