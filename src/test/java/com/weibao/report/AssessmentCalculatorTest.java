package com.weibao.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.weibao.cases.CaseFacts;
import com.weibao.cases.CaseStatus;
import com.weibao.cases.Channel;
import com.weibao.cases.Satisfaction;
import com.weibao.contract.Category;
import com.weibao.contract.Priority;
import com.weibao.contract.SlaKind;
import com.weibao.inspection.InspectionApi.PeriodSummary;
import com.weibao.inspection.InspectionApi.PlanPeriod;
import com.weibao.inspection.InspectionApi.Ref;
import com.weibao.inspection.InspectionApi.SlotView;
import com.weibao.inspection.InspectionFrequency;
import com.weibao.report.AssessmentCalculator.Facts;
import com.weibao.report.AssessmentCalculator.MonthDue;
import com.weibao.report.AssessmentCalculator.Rated;
import com.weibao.report.AssessmentCriteria.Criterion;
import com.weibao.report.AssessmentCriteria.Measure;
import com.weibao.report.PeriodReport.SlaRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fourth quarter of 2026 of one contract, scored by hand on 2 December 2026: every criterion's score and basis,
 * criteria with nothing to judge left out of the weights, the weighted total and the grade asked of the bands.
 */
class AssessmentCalculatorTest {

    private static final ReportPeriod Q4 = ReportPeriod.parse("2026-Q4");
    private static final PeriodReport.Header HEADER = new PeriodReport.Header("测试维保公司", "zhanjiang-5g-emergency",
            "5G+急救中心智慧平台维保服务", "zhanjiang", "湛江中心人民医院", Q4, NovemberFixture.at("2026-12-02T09:00"));

    private static final List<Criterion> CRITERIA = List.of(
            new Criterion("SLA", "服务时限按时达成率", Measure.SLA_ON_TIME, 30, null),
            new Criterion("SLA-RESOLUTION", "按时修复", Measure.SLA_ON_TIME, 10, SlaKind.RESOLUTION),
            new Criterion("INSPECTIONS", "巡检", Measure.INSPECTIONS_SIGNED, 20, null),
            new Criterion("REPORTS", "月报", Measure.REPORTS_ACKNOWLEDGED, 20, null),
            new Criterion("SATISFACTION", "满意度", Measure.SATISFACTION, 10, null),
            new Criterion("COMPLAINTS", "投诉", Measure.COMPLAINTS, 10, null));

    /** RESPONSE 9 of 10 due in time, RESOLUTION 3 of 4 (one met late), ONSITE nothing due; level rows ignored. */
    private static final List<SlaRow> SLA = List.of(
            new SlaRow(SlaKind.RESPONSE, null, 10, 9, 0, 1, 0, 2, 0, 90.0),
            new SlaRow(SlaKind.RESPONSE, Priority.P1, 10, 9, 0, 1, 0, 2, 0, 90.0),
            new SlaRow(SlaKind.RESOLUTION, null, 4, 3, 1, 0, 1, 0, 0, 75.0),
            new SlaRow(SlaKind.ONSITE_ARRIVAL, null, 0, 0, 0, 0, 0, 1, 0, null));

    /** Monthly slots: October signed, November awaiting the hospital's signature, December not due yet. */
    private static final PeriodSummary INSPECTIONS = new PeriodSummary(new Ref("zhanjiang-5g-emergency", "5G"),
            new Ref("zhanjiang", "湛江"), "2026-Q4", Q4.first(), Q4.last(), 3, 2, 1, 0, 0,
            List.of(new PlanPeriod("monthly", "月度巡检", InspectionFrequency.MONTHLY, 3, 2, 1, 0, List.of(
                    new SlotView(LocalDate.of(2026, 10, 15), "2026年10月", LocalDate.of(2026, 10, 31), "ARCHIVED", 11L),
                    new SlotView(LocalDate.of(2026, 11, 15), "2026年11月", LocalDate.of(2026, 11, 30),
                            "AWAITING_SIGN_OFF", 12L),
                    new SlotView(LocalDate.of(2026, 12, 15), "2026年12月", LocalDate.of(2026, 12, 31), "PLANNED",
                            null)))),
            List.of(), List.of());

    /** 2 优, 1 良, 1 差 → (200 + 80 + 0) / 4 = 70. */
    private static final List<Rated> RATINGS = List.of(new Rated("WB-1", "确认评价", Satisfaction.EXCELLENT),
            new Rated("WB-2", "电话回访", Satisfaction.EXCELLENT), new Rated("WB-3", "电话回访", Satisfaction.GOOD),
            new Rated("WB-4", "确认评价", Satisfaction.POOR));

    /** October acknowledged, November released and waiting for the hospital. */
    private static final List<MonthDue> MONTHS = List.of(
            new MonthDue(ReportPeriod.parse("2026-10"), ReportStatus.ARCHIVED),
            new MonthDue(ReportPeriod.parse("2026-11"), ReportStatus.RELEASED));

    /** One complaint in the quarter, one cancelled, one of September (outside), one fault. */
    private static final List<CaseFacts> CASES = List.of(
            kase(1, "WB-C1", Category.COMPLAINT, "2026-10-20T10:00", CaseStatus.CLOSED),
            kase(2, "WB-C2", Category.COMPLAINT, "2026-11-20T10:00", CaseStatus.CANCELLED),
            kase(3, "WB-C3", Category.COMPLAINT, "2026-09-30T23:00", CaseStatus.CLOSED),
            kase(4, "WB-F1", Category.FAULT, "2026-10-21T10:00", CaseStatus.CLOSED));

    @Test
    void everyCriterionIsScoredFromItsEvidence() {
        Assessment a = AssessmentCalculator.calculate(new Facts(HEADER, CRITERIA, SLA, List.of(), CASES, INSPECTIONS,
                RATINGS, MONTHS, List.of()), bands());

        assertThat(a.scores()).extracting(Assessment.Score::code, Assessment.Score::score, Assessment.Score::basis)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SLA", 85.7, "按时 12 / 应达成 14"),
                        org.assertj.core.groups.Tuple.tuple("SLA-RESOLUTION", 75.0, "按时 3 / 应达成 4"),
                        org.assertj.core.groups.Tuple.tuple("INSPECTIONS", 50.0, "双方签字归档 1 / 应完成 2"),
                        org.assertj.core.groups.Tuple.tuple("REPORTS", 50.0, "院方已签收 1 / 应交 2"),
                        org.assertj.core.groups.Tuple.tuple("SATISFACTION", 70.0,
                                "优 2、良 1、差 1（优 100 分、良 80 分、差 0 分）"),
                        org.assertj.core.groups.Tuple.tuple("COMPLAINTS", 80.0, "投诉 1 件（每件扣 20 分）"));
        // (30·85.7 + 10·75 + 20·50 + 20·50 + 10·70 + 10·80) / 100 = 68.21
        assertThat(a.total()).isEqualTo(68.2);
        assertThat(a.gradeLabel()).isEqualTo("合格");
        assertThat(a.evidence()).extracting(Assessment.Evidence::item)
                .contains("工单 WB-C1", "工单 WB-4", "2026年10月月报", "2026年11月月报", "响应时限")
                .doesNotContain("工单 WB-C2", "工单 WB-C3");
        assertThat(a.evidence()).filteredOn(e -> e.item().equals("月度巡检 2026年11月15日")).singleElement()
                .satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo("待院方签字");
                    assertThat(e.href()).isEqualTo("/api/inspections/12");
                });
    }

    /** A complaint filed by callback or API counts like a case reported as 投诉, with its outcome as evidence. */
    @Test
    void complaintsFiledWithoutACaseCountToo() {
        Assessment a = AssessmentCalculator.calculate(new Facts(HEADER, CRITERIA, SLA, List.of(), CASES, INSPECTIONS,
                RATINGS, MONTHS, List.of(new AssessmentCalculator.Complained("TS-3", "针对工单 WB-4",
                        java.time.Instant.parse("2026-11-02T02:00:00Z"), "已答复（属实）"))), bands());

        assertThat(a.scores()).filteredOn(s -> s.code().equals("COMPLAINTS")).singleElement()
                .satisfies(s -> {
                    assertThat(s.score()).isEqualTo(60.0);
                    assertThat(s.basis()).isEqualTo("投诉 2 件（每件扣 20 分）");
                });
        assertThat(a.evidence()).filteredOn(e -> e.item().equals("投诉 TS-3")).singleElement()
                .satisfies(e -> {
                    assertThat(e.detail()).isEqualTo("针对工单 WB-4（2026年11月2日）");
                    assertThat(e.outcome()).isEqualTo("已答复（属实）");
                });
    }

    @Test
    void criteriaWithNothingToJudgeGiveTheirWeightToTheOthers() {
        PeriodSummary none = new PeriodSummary(INSPECTIONS.contract(), INSPECTIONS.hospital(), "2026-Q4", Q4.first(),
                Q4.last(), 0, 0, 0, 0, 0, List.of(), List.of(), List.of());
        Assessment a = AssessmentCalculator.calculate(new Facts(HEADER, CRITERIA, List.of(), List.of(), List.of(),
                none, List.of(), List.of(), List.of()), bands());
        assertThat(a.scores()).filteredOn(Assessment.Score::applicable).extracting(Assessment.Score::code)
                .containsExactly("COMPLAINTS");
        assertThat(a.scores().get(0).basis()).isEqualTo("本期无到期的服务时限");
        assertThat(a.total()).isEqualTo(100.0);
        assertThat(a.grade()).isEqualTo("EXCELLENT");
    }

    @Test
    void theDefaultCriteriaAndTheSeedContractsAddUpToAHundred() {
        AssessmentCriteria criteria = new AssessmentCriteria();
        for (String contract : List.of("nanshan-report", "e-invoice", "queue-call", "fuscc-internet-hospital",
                "zhanjiang-5g-emergency")) {
            assertThat(criteria.of(contract).criteria().stream().mapToInt(Criterion::weight).sum()).as(contract)
                    .isEqualTo(100);
        }
        assertThat(criteria.of("fuscc-internet-hospital").periods())
                .containsExactly(ReportPeriod.Kind.QUARTER, ReportPeriod.Kind.YEAR);
        assertThat(criteria.of("zhanjiang-5g-emergency").criteria()).extracting(Criterion::measure)
                .doesNotContain(Measure.SLA_ON_TIME);
    }

    /** The bands of AssessmentGrade.dmn (tested against the table itself in AssessmentGradeTest). */
    private static AssessmentGrading bands() {
        return total -> total == null ? new Assessment.Grade("NONE", "不予评定")
                : total >= 90 ? new Assessment.Grade("EXCELLENT", "优秀")
                : total >= 75 ? new Assessment.Grade("GOOD", "良好")
                : total >= 60 ? new Assessment.Grade("PASS", "合格") : new Assessment.Grade("FAIL", "不合格");
    }

    private static CaseFacts kase(long id, String number, Category category, String reported, CaseStatus status) {
        return new CaseFacts(id, number, Priority.P3, category, Channel.PHONE, null, null, null,
                NovemberFixture.at(reported), status, null, null, List.of());
    }
}
