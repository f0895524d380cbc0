package com.weibao.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.weibao.cases.SupportCase;
import com.weibao.platform.web.ConflictException;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inspection's rules: complete answers, thresholds, sign-off by every department, nothing after archiving. */
class InspectionTest {

    private static final Instant NOW = Instant.parse("2026-12-08T02:00:00Z");

    private final Inspection inspection = new Inspection(Plans.zhanjiangMonthly(), InspectionTrigger.SCHEDULED,
            LocalDate.of(2026, 12, 7), "2026年12月", LocalDate.of(2026, 12, 14), null, "schedule", NOW);

    @Test
    void startsWithACopyOfThePlansChecklist() {
        assertThat(inspection.getResults()).extracting(InspectionResult::getItemCode)
                .containsExactly("ZJ-01", "ZJ-07", "ZJ-09", "ZJ-10");
        assertThat(inspection.getResults().get(1).getThreshold().toString()).isEqualTo("< 85");
        assertThat(inspection.getResults().get(0).getSystem().getCode()).isEqualTo("emergency-platform");
        assertThat(inspection.getStatus()).isEqualTo(InspectionStatus.IN_PROGRESS);
        assertThat(inspection.title()).isEqualTo("5G+急救平台月度现场巡检 2026年12月");
    }

    @Test
    void everyItemNeedsTheAnswerItsKindAsksForAndEachMissingOneIsNamed() {
        InvalidRequestException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidRequestException.class,
                () -> inspection.recordResults(List.of(new ItemEntry("ZJ-99", null, null, null)), null, null,
                        item -> 0, "engineer1", NOW));

        assertThat(e.getViolations()).extracting(FieldViolation::field).containsExactly("results[ZJ-99]",
                "results[ZJ-01].outcome", "results[ZJ-07].value", "results[ZJ-09].note", "results[ZJ-10].file");
        assertThat(e.getViolations().get(2).message()).contains("ZJ-07 平台服务器磁盘使用率", "(%)");
        assertThat(inspection.getStatus()).isEqualTo(InspectionStatus.IN_PROGRESS);
        assertThat(inspection.getResults()).noneMatch(InspectionResult::isRecorded);
    }

    @Test
    void valuesAreCheckedAgainstTheirThresholdsAndFailuresAreFindings() {
        List<InspectionResult> findings = record("FAIL", "85", "已与信息科沟通");

        assertThat(findings).extracting(InspectionResult::getItemCode).containsExactly("ZJ-01", "ZJ-07");
        assertThat(inspection.result("ZJ-07").orElseThrow().finding()).isEqualTo("85 %");
        assertThat(inspection.getStatus()).isEqualTo(InspectionStatus.AWAITING_SIGN_OFF);
        assertThat(inspection.getPerformedBy()).isEqualTo("engineer1");
        assertThat(inspection.getHistory()).extracting(InspectionEvent::getDetail).contains("4 项，异常 2 项");
    }

    @Test
    void allThresholdsPassingMeansNoFindings() {
        assertThat(record("PASS", "84.9", "正常")).isEmpty();
        assertThat(inspection.getResults()).allMatch(InspectionResult::isRecorded).noneMatch(InspectionResult::isFailed);
    }

    @Test
    void aChecklistFilledInWithTheUserNamesTheUsers() {
        Inspection withUser = new Inspection(Plans.queueCallAgreed(), InspectionTrigger.ON_DEMAND, null, "临时巡检",
                LocalDate.of(2026, 12, 14), null, "lead", NOW);

        assertThatThrownBy(() -> withUser.recordResults(List.of(new ItemEntry("QC-01", ItemOutcome.PASS, null, null)),
                " ", null, item -> 0, "engineer1", NOW)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("hospitalParticipants");
        withUser.recordResults(List.of(new ItemEntry("QC-01", ItemOutcome.PASS, null, null)), "门诊部 李护士长", null,
                item -> 0, "engineer1", NOW);
        assertThat(withUser.getHospitalParticipants()).isEqualTo("门诊部 李护士长");
    }

    @Test
    void oneDepartmentRejectingSendsItBackAndTheNextVersionNeedsBothSignatures() {
        record("PASS", "50", "正常");
        inspection.nextReportVersion("v1.docx", "inspection", NOW);

        assertThatThrownBy(() -> inspection.signOff(Department.CLINICAL, SignOffDecision.REJECTED, " ", "clinical", NOW))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("reason");
        inspection.signOff(Department.CLINICAL, SignOffDecision.REJECTED, "请写明沟通对象", "clinical-zhanjiang", NOW);
        assertThat(inspection.getStatus()).isEqualTo(InspectionStatus.REVISION);
        assertThat(inspection.rejectionsOfLastVersion()).extracting(InspectionSignOff::getReason)
                .containsExactly("请写明沟通对象");
        assertThatThrownBy(() -> inspection.signOff(Department.IT, SignOffDecision.SIGNED, null, "it", NOW))
                .isInstanceOf(ConflictException.class);

        record("PASS", "50", "与信息科王工沟通");
        assertThat(inspection.nextReportVersion("v2.docx", "inspection", NOW)).isEqualTo(2);
        inspection.signOff(Department.IT, SignOffDecision.SIGNED, null, "it-zhanjiang", NOW);
        assertThat(inspection.isFullySigned()).isFalse();
        assertThatThrownBy(() -> inspection.archive("inspection", NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("临床科室");
        assertThatThrownBy(() -> inspection.signOff(Department.IT, SignOffDecision.SIGNED, null, "it-zhanjiang", NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already decided");
        inspection.signOff(Department.CLINICAL, SignOffDecision.SIGNED, null, "clinical-zhanjiang", NOW.plusSeconds(60));

        assertThat(inspection.isFullySigned()).isTrue();
        assertThat(inspection.getSignOffs()).extracting(s -> s.getReportVersion() + " " + s.getDepartment() + " "
                + s.getDecision() + " " + s.getDecidedBy()).containsExactly("1 CLINICAL REJECTED clinical-zhanjiang",
                "2 IT SIGNED it-zhanjiang", "2 CLINICAL SIGNED clinical-zhanjiang");
    }

    @Test
    void aDepartmentThatDoesNotSignThisPlanCannotSign() {
        Inspection itOnly = new Inspection(Plans.eInvoiceQuarterly(), InspectionTrigger.ON_DEMAND, null, "临时巡检",
                LocalDate.of(2026, 12, 14), null, "lead", NOW);
        itOnly.recordResults(List.of(new ItemEntry("ENV-05", null, new BigDecimal("70"), null)), null, null,
                item -> 0, "engineer1", NOW);
        itOnly.nextReportVersion("v1.docx", "inspection", NOW);

        assertThatThrownBy(() -> itOnly.signOff(Department.CLINICAL, SignOffDecision.SIGNED, null, "x", NOW))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void anArchivedInspectionRefusesEveryChange() {
        record("PASS", "50", "正常");
        inspection.nextReportVersion("v1.docx", "inspection", NOW);
        inspection.signOff(Department.CLINICAL, SignOffDecision.SIGNED, null, "clinical-zhanjiang", NOW);
        inspection.signOff(Department.IT, SignOffDecision.SIGNED, null, "it-zhanjiang", NOW);
        inspection.archive("inspection", NOW);
        SupportCase supportCase = mock(SupportCase.class);
        when(supportCase.getNumber()).thenReturn("WB-2026-000001");

        assertThat(inspection.getStatus()).isEqualTo(InspectionStatus.ARCHIVED);
        for (Runnable change : List.<Runnable>of(
                () -> record("PASS", "1", "x"),
                () -> inspection.fileAdded("a.png", "ZJ-10", "engineer1", NOW),
                () -> inspection.followUp("ZJ-01", supportCase, true, "inspection", NOW),
                () -> inspection.nextReportVersion("v2.docx", "inspection", NOW),
                () -> inspection.signOff(Department.IT, SignOffDecision.REJECTED, "晚了", "it-zhanjiang", NOW),
                () -> inspection.archive("inspection", NOW))) {
            assertThatThrownBy(change::run).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("archived");
        }
    }

    @Test
    void overdueAndEscalationAreMarkedOnceAndOnlyWhileNotDone() {
        assertThat(inspection.markOverdue("inspection", NOW)).isTrue();
        assertThat(inspection.markOverdue("inspection", NOW)).isFalse();
        assertThat(inspection.escalate("inspection", NOW)).isTrue();
        record("PASS", "50", "正常");
        assertThat(inspection.escalate("inspection", NOW)).isFalse();
        assertThat(inspection.getOverdueSince()).isEqualTo(NOW);
    }

    private List<InspectionResult> record(String outcome, String value, String note) {
        Map<String, Integer> files = Map.of("ZJ-10", 1);
        return inspection.recordResults(List.of(
                new ItemEntry("ZJ-01", ItemOutcome.valueOf(outcome), null, null),
                new ItemEntry("ZJ-07", null, new BigDecimal(value), null),
                new ItemEntry("ZJ-09", null, null, note),
                new ItemEntry("ZJ-10", null, null, null)), null, "建议", item -> files.getOrDefault(item, 0),
                "engineer1", NOW);
    }
}
