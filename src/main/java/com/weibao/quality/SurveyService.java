package com.weibao.quality;

import com.weibao.cases.Satisfaction;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.Roles;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.platform.web.NotFoundException;
import com.weibao.sla.WorkingTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly satisfaction survey of a contract (seed 001 §5–6): opened by a service manager or team lead for a
 * contract they may touch, one phone call per department by the callback team (each reached department's 优/良/差
 * kept as a satisfaction of source {@link SatisfactionSource#SURVEY}), the service manager's summary and
 * improvement measures, and the result document. The survey process's listeners find the survey by the process
 * instance they run in, and a department's call by the id of the task it was bound to when the task was created.
 */
@Service
@Transactional
public class SurveyService {

    public static final String CONTRACT_FIELD = "contractCode";
    public static final String YEAR_FIELD = "surveyYear";
    public static final String DEPARTMENTS_FIELD = "departments";

    private final ContractService contracts;
    private final SurveyRepository surveys;
    private final SurveyCallRepository calls;
    private final SatisfactionRepository ratings;
    private final SurveyReport report;
    private final Clock clock;

    SurveyService(ContractService contracts, SurveyRepository surveys, SurveyCallRepository calls,
                  SatisfactionRepository ratings, SurveyReport report, Clock clock) {
        this.contracts = contracts;
        this.surveys = surveys;
        this.calls = calls;
        this.ratings = ratings;
        this.report = report;
        this.clock = clock;
    }

    /**
     * Opens the survey of the process just started: checks the starter (a service manager or team lead who may
     * touch the contract), the year (this one or the last) and the departments; returns the calls' ids, one per
     * department, in the order listed. Refused as a whole, naming the field, when anything is wrong.
     */
    public List<Long> open(String contractCode, Object year, String departmentList, Caller starter,
                           String processInstanceId) {
        if (!(starter.isApplication() || starter.isAdmin() || starter.inGroup(Roles.MANAGERS)
                || starter.inGroup(Roles.LEADS))) {
            throw InvalidRequestException.of(CONTRACT_FIELD, "只有服务经理或组长可以发起满意度调查");
        }
        if (contractCode == null || contractCode.isBlank()) {
            throw InvalidRequestException.of(CONTRACT_FIELD, "请选择合同");
        }
        Contract contract = contracts.findVisible(contractCode.strip(), starter).orElseThrow(() ->
                InvalidRequestException.of(CONTRACT_FIELD, "找不到合同“" + contractCode.strip() + "”，或您无权为它发起调查"));
        int surveyYear = year(year);
        if (surveys.existsByContractCodeAndYear(contract.getCode(), surveyYear)) {
            throw InvalidRequestException.of(YEAR_FIELD, "合同“" + contract.getName() + "”的 " + surveyYear
                    + " 年满意度调查已经发起过");
        }
        List<SurveyDepartment> departments = SurveyDepartment.parse(departmentList, DEPARTMENTS_FIELD);
        Survey survey = surveys.save(new Survey(contract.getCode(), contract.getHospital().getCode(), surveyYear,
                starter.userId(), clock.instant(), processInstanceId));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < departments.size(); i++) {
            ids.add(calls.save(new SurveyCall(survey.getId(), i + 1, departments.get(i))).getId());
        }
        return ids;
    }

    /** The survey's business key for its process: {@code survey:<contract>/<year>}. */
    @Transactional(readOnly = true)
    public String businessKey(String processInstanceId) {
        Survey survey = ofProcess(processInstanceId);
        return "survey:" + survey.getContractCode() + "/" + survey.getYear();
    }

    /**
     * Binds a department's call task to its call: the call must belong to the survey of the task's own process and
     * not have a task yet. From then on the task finds its call by its own id, never by a variable.
     */
    public void bindCall(String processInstanceId, long callId, String taskId) {
        Survey survey = ofProcess(processInstanceId);
        SurveyCall call = calls.findById(callId).filter(c -> c.getSurveyId().equals(survey.getId())
                && c.getTaskId() == null).orElseThrow(() -> new IllegalStateException("call " + callId
                + " is not an unbound call of the survey of process instance " + processInstanceId));
        call.boundTo(taskId);
    }

    /** What the call task's form shows: the contract, the department, whom to ask for and the number. */
    @Transactional(readOnly = true)
    public Map<String, Object> callView(String taskId) {
        SurveyCall call = callOfTask(taskId);
        Survey survey = surveys.findById(call.getSurveyId()).orElseThrow();
        Map<String, Object> view = header(survey);
        view.put("department", call.getDepartment());
        view.put("contact", call.getContactName() == null ? "（未指定，请找科室负责人）" : call.getContactName());
        view.put("phone", call.getPhone());
        view.put("script", "您好，我是维保服务商的回访专员。为了解" + survey.getYear() + "年“"
                + view.get("contract") + "”的服务情况，想占用您几分钟：您科室对我们的服务是否满意（优、良、差）？"
                + "有什么意见和改进建议？");
        return view;
    }

    /** A department's call as the callback team recorded it; a reached department's rating is kept as SURVEY. */
    public void recordCall(String taskId, String outcomeText, String ratingText, String comment, String suggestions,
                           String actor) {
        SurveyCall call = callOfTask(taskId);
        SurveyCallOutcome outcome = enumValue("surveyOutcome", outcomeText, SurveyCallOutcome.class, "请选择是否接通");
        Satisfaction rating = null;
        if (outcome == SurveyCallOutcome.REACHED) {
            rating = enumValue("surveyRating", ratingText, Satisfaction.class, "已接通时请选择满意度（优、良、差）");
        }
        String commentText = text("surveyComment", comment, SurveyCall.TEXT_MAX);
        String suggestionText = text("surveySuggestions", suggestions, SurveyCall.TEXT_MAX);
        if (rating == Satisfaction.POOR && commentText == null) {
            throw InvalidRequestException.of("surveyComment", "评价为“差”时请记录科室的意见");
        }
        Survey survey = surveys.findById(call.getSurveyId()).orElseThrow();
        call.recorded(outcome, rating, commentText, suggestionText, actor, clock.instant());
        if (rating != null) {
            ratings.save(SatisfactionRecord.ofSurvey(call, survey.getContractCode(), survey.getHospitalCode()));
        }
    }

    /** What the summary task's form shows: the departments' results so far and the callbacks of the year. */
    public Map<String, Object> summaryView(String processInstanceId) {
        Survey survey = ofProcess(processInstanceId);
        survey.callsDone();
        Map<String, Object> view = header(survey);
        List<SurveyCall> list = calls.findBySurveyIdOrderByPosition(survey.getId());
        SurveyReport.Figures figures = report.figures(survey, list);
        view.put("departments", figures.departments());
        view.put("reached", figures.reached());
        view.put("counts", figures.countsText());
        view.put("callbacks", figures.callbacksText());
        view.put("results", list.stream().map(c -> "- **" + c.getDepartment() + "**："
                + (c.getOutcome() == null ? "未记录" : c.getOutcome().label())
                + (c.getRating() == null ? "" : "，" + c.getRating().label())
                + (c.getComment() == null ? "" : "；意见：" + c.getComment())
                + (c.getSuggestions() == null ? "" : "；建议：" + c.getSuggestions()))
                .collect(Collectors.joining("\n")));
        return view;
    }

    /** The service manager's summary and improvement measures, both required. */
    public void recordSummary(String processInstanceId, String summary, String improvements, String actor) {
        String s = text("surveySummary", summary, Survey.TEXT_MAX);
        String i = text("improvementMeasures", improvements, Survey.TEXT_MAX);
        if (s == null) {
            throw InvalidRequestException.of("surveySummary", "请填写服务总结");
        }
        if (i == null) {
            throw InvalidRequestException.of("improvementMeasures", "请填写改进措施");
        }
        ofProcess(processInstanceId).summarized(s, i, actor, clock.instant());
    }

    /** Writes the result document 《年度满意度调查及服务总结报告》 and keeps it with the survey. */
    public void issueReport(String processInstanceId) {
        Survey survey = ofProcess(processInstanceId);
        Contract contract = contracts.find(survey.getContractCode()).orElseThrow();
        survey.reported(report.docx(survey, contract, calls.findBySurveyIdOrderByPosition(survey.getId())),
                clock.instant());
    }

    // ------------------------------------------------------------------------------------------- reading

    /** The surveys of the contracts the caller may read (vendor staff; the hospital's IT department), newest first. */
    @Transactional(readOnly = true)
    public List<SurveyView> visibleTo(Caller caller) {
        List<String> codes = contracts.visibleContracts(caller).stream().filter(c -> mayRead(c, caller))
                .map(Contract::getCode).toList();
        return codes.isEmpty() ? List.of() : surveys.findByContractCodeInOrderByYearDescIdDesc(codes).stream()
                .map(s -> view(s, List.of())).toList();
    }

    /** One survey with its departments' results; 404 for anybody who may not read its contract's surveys. */
    @Transactional(readOnly = true)
    public SurveyView get(long id, Caller caller) {
        Survey survey = readable(id, caller);
        return view(survey, calls.findBySurveyIdOrderByPosition(survey.getId()));
    }

    /** The result document, once written. */
    @Transactional(readOnly = true)
    public SurveyDocument document(long id, Caller caller) {
        Survey survey = readable(id, caller);
        if (survey.getReportDocx() == null) {
            throw new NotFoundException("满意度调查 " + id + " 的报告尚未出具");
        }
        Contract contract = contracts.find(survey.getContractCode()).orElseThrow();
        return new SurveyDocument(survey.getYear() + "年度满意度调查及服务总结报告-" + contract.getName() + ".docx",
                survey.getReportDocx(), survey.getReportedAt());
    }

    public record SurveyDocument(String fileName, byte[] content, Instant writtenAt) {
    }

    public record SurveyView(long id, String contract, String contractName, String hospital, int year,
                             SurveyStatus status, String statusLabel, String startedBy, Instant startedAt,
                             String summary, String improvements, String summarizedBy, Instant summarizedAt,
                             Instant reportedAt, QualityQueries.Counts counts, List<CallView> departments) {
    }

    public record CallView(String department, String contact, String phone, SurveyCallOutcome outcome,
                           Satisfaction rating, String comment, String suggestions, String calledBy,
                           Instant calledAt) {
    }

    private SurveyView view(Survey s, List<SurveyCall> list) {
        Contract contract = contracts.find(s.getContractCode()).orElseThrow();
        return new SurveyView(s.getId(), s.getContractCode(), contract.getName(), contract.getHospital().getName(),
                s.getYear(), s.getStatus(), s.getStatus().label(), s.getStartedBy(), s.getStartedAt(), s.getSummary(),
                s.getImprovements(), s.getSummarizedBy(), s.getSummarizedAt(), s.getReportedAt(),
                QualityQueries.Counts.of(list.stream().map(SurveyCall::getRating).filter(r -> r != null).toList()),
                list.stream().map(c -> new CallView(c.getDepartment(), c.getContactName(), c.getPhone(),
                        c.getOutcome(), c.getRating(), c.getComment(), c.getSuggestions(), c.getCalledBy(),
                        c.getCalledAt())).toList());
    }

    private Survey readable(long id, Caller caller) {
        return surveys.findById(id).filter(s -> contracts.findVisible(s.getContractCode(), caller)
                        .filter(c -> mayRead(c, caller)).isPresent())
                .orElseThrow(() -> new NotFoundException("没有满意度调查 " + id));
    }

    /** The vendor's staff and the hospital's IT department; not the clinical departments. */
    private static boolean mayRead(Contract contract, Caller caller) {
        return caller.isVendorStaff() || caller.inGroup(QualityRoles.CALLBACKS)
                || caller.inGroup(Roles.hospitalItGroup(contract.getHospital().getCode()));
    }

    private Map<String, Object> header(Survey survey) {
        Contract contract = contracts.find(survey.getContractCode()).orElseThrow();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("year", survey.getYear());
        view.put("contract", contract.getName());
        view.put("hospital", contract.getHospital().getName());
        return view;
    }

    private Survey ofProcess(String processInstanceId) {
        return surveys.findByProcessInstanceId(processInstanceId).orElseThrow(() ->
                new NotFoundException("no survey of process instance " + processInstanceId));
    }

    private SurveyCall callOfTask(String taskId) {
        return calls.findByTaskId(taskId).orElseThrow(() -> new NotFoundException("no survey call of task " + taskId));
    }

    private int year(Object value) {
        int thisYear = clock.instant().atZone(WorkingTime.SHANGHAI).getYear();
        int year;
        try {
            year = value instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.of(YEAR_FIELD, "请填写调查年度，如 " + thisYear);
        }
        if (year != thisYear && year != thisYear - 1) {
            throw InvalidRequestException.of(YEAR_FIELD, "调查年度只能是今年（" + thisYear + "）或去年（" + (thisYear - 1) + "）");
        }
        return year;
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw InvalidRequestException.of(field, "最多 " + max + " 字");
        }
        return value.strip();
    }

    private static <E extends Enum<E>> E enumValue(String field, String text, Class<E> type, String missing) {
        if (text == null || text.isBlank()) {
            throw InvalidRequestException.of(field, missing);
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of(field, missing);
        }
    }
}
