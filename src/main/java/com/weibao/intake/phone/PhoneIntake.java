package com.weibao.intake.phone;

import com.weibao.cases.CaseFormView;
import com.weibao.cases.Channel;
import com.weibao.cases.NewCase;
import com.weibao.cases.ReportedAtLimits;
import com.weibao.cases.Reporter;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.contract.Category;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.intake.KnownReporters;
import com.weibao.platform.DisplayTimes;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.FormText;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hotline's use cases behind PhoneCallProcess: who is calling and what to do with the call (a note on their
 * open case, a new case, or ask the agent), registering the case from the call time, and the call-back of a
 * missed call. Engine-free: the process calls in through its delegates.
 */
@Service
@Transactional
public class PhoneIntake {

    /** What the look-up says to do with an agent's call. */
    public enum CallDecision { NOTE, REGISTER, CONFIRM }

    /** The agent's call-back of a missed call. */
    public enum CallbackOutcome { REACHED, RETRY, REGISTER }

    /** {@code callTime}: when the call counts from (the CTI call's start, the agent's time, or now if left empty). */
    public record Assessment(CallDecision decision, String noteCaseNumber, String callerName, String callerDepartment,
                             String callerEmail, String contractCode, String reason, Instant callTime) {
    }

    public record CallbackPlan(boolean outsideServiceHours, HotlineHours.Basis basis, String contractCode) {
    }

    private static final int SUMMARY_MAX = 60;

    private final KnownReporters reporters;
    private final SupportCaseService cases;
    private final ContractService contracts;
    private final PhoneCallRepository calls;
    private final HotlineHours hours;
    private final ReportedAtLimits reportedAtLimits;
    private final Clock clock;

    PhoneIntake(KnownReporters reporters, SupportCaseService cases, ContractService contracts,
                PhoneCallRepository calls, HotlineHours hours, ReportedAtLimits reportedAtLimits, Clock clock) {
        this.reporters = reporters;
        this.cases = cases;
        this.contracts = contracts;
        this.calls = calls;
        this.hours = hours;
        this.reportedAtLimits = reportedAtLimits;
        this.clock = clock;
    }

    /**
     * Looks the caller up. A named open case takes the call as a note; a known caller with open cases, or a caller
     * we cannot register a case for (no name or no contract), goes to the agent to confirm; otherwise a new case.
     * The call time the agent gave (no CTI call linked) is checked against how far back they may date a report.
     */
    @Transactional(readOnly = true)
    public Assessment assess(PhoneReport report, Caller agent) {
        Instant callTime = linkedCall(report.callId()).map(this::reportedAt)
                .orElse(report.callTime() == null ? clock.instant() : report.callTime());
        if (linkedCall(report.callId()).isEmpty() && !agent.isApplication()) {
            reportedAtLimits.refusal(report.callTime(), report.callTimeReason(), agent, clock.instant())
                    .ifPresent(refusal -> {
                        throw new InvalidRequestException(List.of(refusal.inChinese("callTime", "callTimeReason")));
                    });
        }
        KnownReporters.Lookup lookup = reporters.byPhone(report.callerPhone());
        KnownReporters.Reporter known = lookup.first();
        String name = firstNonBlank(report.callerName(), known == null ? null : known.name());
        String department = firstNonBlank(report.callerDepartment(), known == null ? null : known.department());
        String email = firstNonBlank(report.callerEmail(), known == null ? null : known.email());
        String contract = firstNonBlank(report.contractCode(), lookup.contractCode(),
                hotlineContract(report.callId()));
        if (!blank(report.openCaseNumber())) {
            Optional<SupportCase> named = cases.findByNumber(report.openCaseNumber().strip());
            if (named.isPresent() && named.get().getStatus().isOpen()) {
                return new Assessment(CallDecision.NOTE, named.get().getNumber(), name, department, email, contract,
                        "来电涉及未结工单 " + named.get().getNumber(), callTime);
            }
            return new Assessment(CallDecision.CONFIRM, null, name, department, email, contract,
                    "工单 " + report.openCaseNumber().strip() + " 不存在或已结束，请确认", callTime);
        }
        if (!lookup.openCases().isEmpty()) {
            return new Assessment(CallDecision.CONFIRM, null, name, department, email, contract,
                    "来电人有 " + lookup.openCases().size() + " 个未结工单：是同一问题就记入该工单，避免重复报修", callTime);
        }
        if (blank(name) || blank(contract)) {
            return new Assessment(CallDecision.CONFIRM, null, name, department, email, contract,
                    lookup.known() ? "来电人已知，但所属合同不唯一，请选择合同" : "未识别的来电号码，请补全报修人和合同", callTime);
        }
        return new Assessment(CallDecision.REGISTER, null, name, department, email, contract,
                "已识别来电人：" + name + "（" + contract + "）", callTime);
    }

    /**
     * A new case from the call: channel PHONE, reported at the call time (the SLA starts at the call). The look-up
     * asked for the reason when the call was taken; later, registration only keeps a time the agent gave within the
     * furthest the desk may date a report back.
     */
    public SupportCase register(PhoneReport report, String agent) {
        Instant callTime = callTime(report);
        boolean agentsTime = linkedCall(report.callId()).isEmpty();
        if (agentsTime) {
            reportedAtLimits.beyondDesk(callTime, clock.instant()).ifPresent(refusal -> {
                throw new InvalidRequestException(List.of(refusal.inChinese("callTime", "callTimeReason")));
            });
        }
        String summary = blank(report.summary()) ? null : report.summary().strip();
        NewCase newCase = new NewCase(report.contractCode(), blank(report.systemCode()) ? null : report.systemCode(),
                new Reporter(report.callerName(), report.callerPhone(), blankToNull(report.callerEmail()),
                        blankToNull(report.callerDepartment())),
                Channel.PHONE, report.category() == null ? Category.FAULT : report.category(), report.impact(),
                summary, callDetails(report), callTime, null, agent, false,
                agentsTime ? blankToNull(report.callTimeReason()) : null);
        SupportCase created = cases.submit(newCase, Caller.system("hotline"));
        linkedCall(report.callId()).ifPresent(call -> call.linkCase(created.getNumber(), clock.instant()));
        return created;
    }

    /** A repeat call: what the caller said goes on their open case, from the reporter's side. */
    public void noteOnOpenCase(String number, PhoneReport report, Caller caller) {
        if (blank(number)) {
            throw InvalidRequestException.of("noteCaseNumber", "choose the open case the call is about");
        }
        StringBuilder text = new StringBuilder("来电（" + report.callerPhone() + "，"
                + DisplayTimes.format(callTime(report)) + "）");
        if (!blank(report.callerName())) {
            text.append(report.callerName());
        }
        text.append("：").append(blank(report.summary()) ? "再次来电" : report.summary().strip());
        if (!blank(report.description())) {
            text.append("\n").append(report.description().strip());
        }
        cases.addNote(number, text.toString(), true, Channel.PHONE, caller);
        linkedCall(report.callId()).ifPresent(call -> call.linkCase(number, clock.instant()));
    }

    /** Whether the missed call came outside service hours, by the caller's contract or the hotline dialled. */
    public CallbackPlan planCallback(String processInstanceId) {
        PhoneCall call = callOfProcess(processInstanceId);
        KnownReporters.Lookup lookup = reporters.byPhone(call.getCaller());
        String contract = firstNonBlank(lookup.contractCode(),
                hours.hotline(call.getHotline()).map(PhoneProperties.Hotline::contract).orElse(null));
        HotlineHours.Decision decision = hours.outsideServiceHours(contract, call.getHotline(), call.callTime());
        call.decided(decision.outside(), clock.instant());
        return new CallbackPlan(decision.outside(), decision.basis(), contract);
    }

    /**
     * A missed call outside service hours: a note on the caller's only open case, else a new case reported at the
     * call time, when the contract is known (the caller's, or the hotline's if the number is dedicated to one);
     * otherwise no case yet (the agent registers it at the call-back). Returns the case number, if any.
     */
    public Optional<String> registerCallbackCase(String processInstanceId) {
        PhoneCall call = callOfProcess(processInstanceId);
        KnownReporters.Lookup lookup = reporters.byPhone(call.getCaller());
        String what = (call.getState() == PhoneCall.State.VOICEMAIL ? "语音留言" : "未接来电") + "（服务时间外，"
                + DisplayTimes.format(call.callTime()) + "，来电 " + call.getCaller() + "）";
        if (lookup.openCases().size() == 1) {
            String number = lookup.openCases().get(0).number();
            cases.addNote(number, what + "，待回拨" + transcriptLine(call), true, Channel.PHONE,
                    Caller.system("hotline"));
            call.linkCase(number, clock.instant());
            return Optional.of(number);
        }
        String contract = firstNonBlank(lookup.contractCode(),
                hours.hotline(call.getHotline()).map(PhoneProperties.Hotline::contract).orElse(null));
        if (contract == null) {
            return Optional.empty();
        }
        KnownReporters.Reporter known = lookup.first();
        String name = known != null && contract.equals(known.contractCode()) ? known.name() : "来电人 " + call.getCaller();
        String summary = call.getState() == PhoneCall.State.VOICEMAIL && !blank(call.getTranscript())
                ? "语音留言：" + shorten(call.getTranscript()) : "未接来电待回拨：" + call.getCaller();
        NewCase newCase = new NewCase(contract, null, new Reporter(name, call.getCaller(),
                known == null ? null : blankToNull(known.email()), known == null ? null : known.department()),
                Channel.PHONE, Category.FAULT, null, summary, what + transcriptLine(call) + recordingLine(call),
                reportedAt(call), null, "hotline");
        SupportCase created = cases.submit(newCase, Caller.system("hotline"));
        call.linkCase(created.getNumber(), clock.instant());
        return Optional.of(created.getNumber());
    }

    /** The agent's call-back, noted on the call's case when there is one. */
    public void recordCallback(String processInstanceId, CallbackOutcome outcome, String note, Caller caller) {
        String caseNumber = callOfProcess(processInstanceId).getCaseNumber();
        if (outcome == null) {
            throw InvalidRequestException.of("callbackOutcome", "say whether the caller was reached");
        }
        if (outcome == CallbackOutcome.REGISTER && !blank(caseNumber)) {
            throw InvalidRequestException.of("callbackOutcome", "the call already has case " + caseNumber
                    + "; note the call-back on it instead");
        }
        if (!blank(caseNumber) && outcome != CallbackOutcome.REGISTER) {
            SupportCase supportCase = cases.visibleCase(caseNumber, caller);
            if (supportCase.getStatus().isOpen()) {
                cases.addNote(caseNumber, (outcome == CallbackOutcome.REACHED ? "已回拨，联系上来电人" : "回拨未接通，稍后再拨")
                        + (blank(note) ? "" : "：" + note.strip()), false, Channel.PHONE, caller);
            }
        }
    }

    /** What the agent's confirmation form shows: who the number belongs to, their open cases, the contracts. */
    @Transactional(readOnly = true)
    public Map<String, Object> callerView(PhoneReport report, String reason) {
        KnownReporters.Lookup lookup = reporters.byPhone(report.callerPhone());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("phone", FormText.literal(report.callerPhone()));
        view.put("callTime", DisplayTimes.format(callTime(report)));
        view.put("summary", FormText.literal(report.summary()));
        view.put("reason", FormText.literal(reason));
        view.put("known", lookup.known() ? lookup.reporters().stream().map(PhoneIntake::reporterLine)
                .collect(Collectors.joining("\n")) : "未找到该号码的报修记录或医院联系人");
        view.put("openCases", lookup.openCases().isEmpty() ? "无未结工单" : lookup.openCases().stream()
                .map(c -> "- **" + c.number() + "** " + FormText.literal(c.summary()) + "（" + c.status().label()
                        + "，报修于 " + DisplayTimes.format(c.reportedAt()) + "）").collect(Collectors.joining("\n")));
        view.put("openCaseOptions", lookup.openCases().stream()
                .map(c -> CaseFormView.option(c.number() + " " + c.summary(), c.number())).toList());
        view.put("contractOptions", contractOptions(lookup));
        // a note needs an open case to go to: without one the agent is only offered to register
        view.put("decisionOptions", lookup.openCases().isEmpty()
                ? List.of(CaseFormView.option("新问题，登记新工单", "REGISTER"))
                : List.of(CaseFormView.option("同一问题，记入未结工单", "NOTE"),
                        CaseFormView.option("新问题，登记新工单", "REGISTER")));
        return view;
    }

    /** What the call-back form shows about the missed call. */
    @Transactional(readOnly = true)
    public Map<String, Object> callbackView(String processInstanceId) {
        PhoneCall call = callOfProcess(processInstanceId);
        String caseNumber = call.getCaseNumber();
        KnownReporters.Lookup lookup = reporters.byPhone(call.getCaller());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("phone", FormText.literal(call.getCaller()));
        view.put("callTime", DisplayTimes.format(call.callTime()));
        view.put("kind", call.getState() == PhoneCall.State.VOICEMAIL ? "语音留言" : "未接来电");
        view.put("hotline", FormText.literal(call.getHotline()));
        view.put("ivr", FormText.literal(call.getIvrSelection()));
        view.put("outsideHours", Boolean.TRUE.equals(call.getOutsideHours()) ? "服务时间外" : "服务时间内");
        view.put("recordingUrl", FormText.literal(call.getRecordingUrl()));
        view.put("transcript", FormText.literal(call.getTranscript()));
        view.put("known", lookup.known() ? lookup.reporters().stream().map(PhoneIntake::reporterLine)
                .collect(Collectors.joining("\n")) : "未识别的来电号码");
        view.put("caseNumber", orEmpty(caseNumber));
        view.put("caseInfo", blank(caseNumber) ? "尚无工单：联系上来电人后可直接登记工单，报修时间按来电时间计"
                : "已记入工单 " + caseNumber + "，服务时限自来电时间起算");
        view.put("contractOptions", contractOptions(lookup));
        return view;
    }

    /**
     * The missed call a call-back process instance is about. The process's steps find it this way, by the engine's
     * own id of the instance they run in, never by a process variable a user could set.
     */
    private PhoneCall callOfProcess(String processInstanceId) {
        return calls.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new NotFoundException("no phone call of process instance " + processInstanceId));
    }

    private List<Map<String, String>> contractOptions(KnownReporters.Lookup lookup) {
        List<Map<String, String>> options = new ArrayList<>();
        List<String> knownCodes = lookup.reporters().stream().map(KnownReporters.Reporter::contractCode).distinct()
                .toList();
        List<Contract> all = contracts.all();
        all.stream().filter(c -> knownCodes.contains(c.getCode())).forEach(c -> options.add(contractOption(c)));
        all.stream().filter(c -> !knownCodes.contains(c.getCode())).forEach(c -> options.add(contractOption(c)));
        return options;
    }

    private static Map<String, String> contractOption(Contract c) {
        return CaseFormView.option(c.getHospital().getName() + " — " + c.getName() + "（" + c.getCode() + "）",
                c.getCode());
    }

    /** When the call counts from: the CTI system's call start, within its bound (see {@link ReportedAtLimits}). */
    private Instant reportedAt(PhoneCall call) {
        return reportedAtLimits.ctiCallTime(call.callTime(), call.getCreatedAt());
    }

    private Instant callTime(PhoneReport report) {
        Optional<PhoneCall> call = linkedCall(report.callId());
        if (call.isPresent()) {
            return reportedAt(call.get());
        }
        if (report.callTime() == null) {
            throw InvalidRequestException.of("callTime", "is required: the service time limits count from the call");
        }
        return report.callTime();
    }

    private Optional<PhoneCall> linkedCall(String callId) {
        if (blank(callId)) {
            return Optional.empty();
        }
        List<PhoneCall> found = calls.findByCallIdOrderByIdAsc(callId.strip());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private String hotlineContract(String callId) {
        return linkedCall(callId).flatMap(c -> hours.hotline(c.getHotline()))
                .map(PhoneProperties.Hotline::contract).orElse(null);
    }

    private String callDetails(PhoneReport report) {
        StringBuilder text = new StringBuilder(report.description() == null ? "" : report.description().strip());
        linkedCall(report.callId()).ifPresent(call -> {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append("来电编号 ").append(call.getCallId()).append("（热线 ").append(orEmpty(call.getHotline()))
                    .append("）").append(transcriptLine(call)).append(recordingLine(call));
        });
        return text.isEmpty() ? null : text.toString();
    }

    private static String transcriptLine(PhoneCall call) {
        return blank(call.getTranscript()) ? "" : "\n留言内容：" + call.getTranscript().strip();
    }

    private static String recordingLine(PhoneCall call) {
        return blank(call.getRecordingUrl()) ? "" : "\n录音：" + call.getRecordingUrl();
    }

    /** One known reporter, a Markdown list item of the form's text component. */
    private static String reporterLine(KnownReporters.Reporter r) {
        return "- " + FormText.literal(r.name()) + (r.department() == null ? "" : "（" + FormText.literal(r.department())
                + "）") + "，" + FormText.literal(r.hospitalName()) + "，合同 " + FormText.literal(r.contractCode())
                + (r.source() == KnownReporters.Source.HOSPITAL_CONTACT ? "（医院联系人）" : "（曾报修）");
    }

    private static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= SUMMARY_MAX ? line : line.substring(0, SUMMARY_MAX) + "…";
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (!blank(value)) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
