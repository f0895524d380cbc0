package com.weibao.report;

import com.weibao.cases.CaseFacts;
import com.weibao.cases.CaseStatus;
import com.weibao.cases.Satisfaction;
import com.weibao.contract.Category;
import com.weibao.inspection.InspectionApi.PeriodSummary;
import com.weibao.inspection.InspectionApi.PlanPeriod;
import com.weibao.inspection.InspectionApi.SlotView;
import com.weibao.report.AssessmentCriteria.Criterion;
import com.weibao.report.PeriodReport.Breach;
import com.weibao.report.PeriodReport.SlaRow;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores a maintenance assessment from the facts of its period, criterion by criterion (docs/reports.md):
 * <ul>
 *   <li>SLA_ON_TIME: met in time / due (the period report's honest denominator), all kinds or the criterion's kind;</li>
 *   <li>INSPECTIONS_SIGNED: planned slots signed off by every department / slots due so far (done or overdue);</li>
 *   <li>REPORTS_ACKNOWLEDGED: monthly reports acknowledged by the hospital / months of the contract ended so far;</li>
 *   <li>SATISFACTION: 优 = 100, 良 = 80, 差 = 0, averaged over every rating (confirmation and callback);</li>
 *   <li>COMPLAINTS: 100 − 20 per complaint in the period (not below 0): each case reported as 投诉 (it brought its
 *   complaint in), and each complaint filed otherwise (callback follow-up, API).</li>
 * </ul>
 * A criterion with nothing to judge scores null and its weight is spread over the others; the total is the weighted
 * mean of the scored ones (null when none could be scored).
 */
final class AssessmentCalculator {

    static final int EXCELLENT = 100;
    static final int GOOD = 80;
    static final int COMPLAINT_PENALTY = 20;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Map<String, String> SLOT_STATES = Map.of("PLANNED", "未到期", "MISSED", "逾期未做",
            "IN_PROGRESS", "巡检中", "AWAITING_SIGN_OFF", "待院方签字", "REVISION", "退回修改", "ARCHIVED", "已签字归档");

    /** A satisfaction rating: the case, where it was given (确认评价, 电话回访) and 优/良/差. */
    record Rated(String caseNumber, String source, Satisfaction rating) {
    }

    /** A complaint filed in the period without a case of category 投诉 (callback follow-up, API), with its outcome. */
    record Complained(String reference, String about, Instant filedAt, String outcome) {
    }

    /** A month of the contract that has ended, and its monthly report's state (null: never drafted). */
    record MonthDue(ReportPeriod month, ReportStatus status) {
    }

    /** Everything an assessment is scored from. */
    record Facts(PeriodReport.Header header, List<Criterion> criteria, List<SlaRow> sla, List<Breach> breaches,
                 List<CaseFacts> cases, PeriodSummary inspections, List<Rated> ratings, List<MonthDue> months,
                 List<Complained> complaints) {
    }

    private AssessmentCalculator() {
    }

    static Assessment calculate(Facts f, AssessmentGrading grading) {
        List<Assessment.Score> scores = new ArrayList<>();
        List<Assessment.Evidence> evidence = new ArrayList<>();
        for (Criterion c : f.criteria()) {
            scores.add(switch (c.measure()) {
                case SLA_ON_TIME -> sla(c, f, evidence);
                case INSPECTIONS_SIGNED -> inspections(c, f, evidence);
                case REPORTS_ACKNOWLEDGED -> reports(c, f, evidence);
                case SATISFACTION -> satisfaction(c, f, evidence);
                case COMPLAINTS -> complaints(c, f, evidence);
            });
        }
        int weights = scores.stream().filter(Assessment.Score::applicable).mapToInt(Assessment.Score::weight).sum();
        Double total = weights == 0 ? null : round(scores.stream().filter(Assessment.Score::applicable)
                .mapToDouble(s -> s.weight() * s.score()).sum() / weights);
        Assessment.Grade grade = grading.grade(total);
        return new Assessment(f.header(), scores, total, grade.code(), grade.label(), evidence);
    }

    private static Assessment.Score sla(Criterion c, Facts f, List<Assessment.Evidence> evidence) {
        List<SlaRow> rows = f.sla().stream().filter(s -> s.level() == null)
                .filter(s -> c.slaKind() == null || s.kind() == c.slaKind()).toList();
        int due = rows.stream().mapToInt(SlaRow::due).sum();
        int met = rows.stream().mapToInt(SlaRow::met).sum();
        for (SlaRow s : rows) {
            evidence.add(new Assessment.Evidence(c.name(), s.kind().label() + "时限", "应达成 " + s.due() + "，按时 "
                    + s.met() + "，超时达成 " + s.metLate() + "，超时未达成 " + s.breached(),
                    s.onTimePercent() == null ? "本期无到期" : "按时率 " + s.onTimePercent() + "%", null));
        }
        f.breaches().stream().filter(b -> c.slaKind() == null || b.kind() == c.slaKind())
                .forEach(b -> evidence.add(new Assessment.Evidence(c.name(), "工单 " + b.caseNumber(),
                        b.level().name() + " " + b.kind().label() + "：" + b.description(), b.status().label(),
                        "/api/cases/" + b.caseNumber())));
        return new Assessment.Score(c.code(), c.name(), c.weight(), due == 0 ? null : percent(met, due),
                due == 0 ? "本期无到期的服务时限" : "按时 " + met + " / 应达成 " + due);
    }

    private static Assessment.Score inspections(Criterion c, Facts f, List<Assessment.Evidence> evidence) {
        int due = 0;
        int signed = 0;
        for (PlanPeriod plan : f.inspections().plans()) {
            for (SlotView slot : plan.slots()) {
                if (!"PLANNED".equals(slot.state())) {
                    due++;
                    signed += "ARCHIVED".equals(slot.state()) ? 1 : 0;
                }
                evidence.add(new Assessment.Evidence(c.name(), plan.name() + " " + DAY.format(slot.date()),
                        "应于 " + DAY.format(slot.dueDate()) + " 前完成",
                        SLOT_STATES.getOrDefault(slot.state(), slot.state()),
                        slot.inspectionId() == null ? null : "/api/inspections/" + slot.inspectionId()));
            }
        }
        return new Assessment.Score(c.code(), c.name(), c.weight(), due == 0 ? null : percent(signed, due),
                due == 0 ? "本期无到期的计划巡检" : "双方签字归档 " + signed + " / 应完成 " + due);
    }

    private static Assessment.Score reports(Criterion c, Facts f, List<Assessment.Evidence> evidence) {
        int acknowledged = 0;
        for (MonthDue m : f.months()) {
            acknowledged += m.status() == ReportStatus.ARCHIVED ? 1 : 0;
            evidence.add(new Assessment.Evidence(c.name(), m.month().label() + "月报", "",
                    m.status() == null ? "未起草" : m.status().label(),
                    "/api/reports/" + f.header().contractCode() + "/" + m.month().name() + "/report.docx"));
        }
        int due = f.months().size();
        return new Assessment.Score(c.code(), c.name(), c.weight(), due == 0 ? null : percent(acknowledged, due),
                due == 0 ? "本期无应交的月报" : "院方已签收 " + acknowledged + " / 应交 " + due);
    }

    private static Assessment.Score satisfaction(Criterion c, Facts f, List<Assessment.Evidence> evidence) {
        int excellent = 0;
        int good = 0;
        int poor = 0;
        for (Rated r : f.ratings()) {
            switch (r.rating()) {
                case EXCELLENT -> excellent++;
                case GOOD -> good++;
                case POOR -> poor++;
            }
            evidence.add(new Assessment.Evidence(c.name(), "工单 " + r.caseNumber(), r.source(), r.rating().label(),
                    "/api/cases/" + r.caseNumber()));
        }
        int rated = excellent + good + poor;
        return new Assessment.Score(c.code(), c.name(), c.weight(),
                rated == 0 ? null : round((EXCELLENT * excellent + GOOD * good) / (double) rated),
                rated == 0 ? "本期无满意度评价" : "优 " + excellent + "、良 " + good + "、差 " + poor + "（优 " + EXCELLENT
                        + " 分、良 " + GOOD + " 分、差 0 分）");
    }

    private static Assessment.Score complaints(Criterion c, Facts f, List<Assessment.Evidence> evidence) {
        ReportPeriod p = f.header().period();
        List<CaseFacts> complaints = f.cases().stream().filter(k -> k.category() == Category.COMPLAINT)
                .filter(k -> p.contains(k.reportedAt()) && k.status() != CaseStatus.CANCELLED).toList();
        complaints.forEach(k -> evidence.add(new Assessment.Evidence(c.name(), "工单 " + k.number(),
                "投诉（" + DAY.format(k.reportedAt().atZone(ReportPeriod.ZONE)) + "）", k.status().label(),
                "/api/cases/" + k.number())));
        f.complaints().forEach(k -> evidence.add(new Assessment.Evidence(c.name(), "投诉 " + k.reference(),
                k.about() + "（" + DAY.format(k.filedAt().atZone(ReportPeriod.ZONE)) + "）", k.outcome(),
                "/api/quality/complaints?contract=" + f.header().contractCode())));
        int count = complaints.size() + f.complaints().size();
        return new Assessment.Score(c.code(), c.name(), c.weight(),
                (double) Math.max(0, 100 - COMPLAINT_PENALTY * count),
                "投诉 " + count + " 件（每件扣 " + COMPLAINT_PENALTY + " 分）");
    }

    private static Double percent(int part, int whole) {
        return round(100.0 * part / whole);
    }

    private static Double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
