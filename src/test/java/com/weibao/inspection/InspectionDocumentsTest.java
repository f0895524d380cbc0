package com.weibao.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.weibao.cases.CaseStatus;
import com.weibao.cases.SupportCase;
import com.weibao.contract.Priority;
import com.weibao.platform.web.FormText;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** What people read: the report (parsed back from the .docx) and the checklist form generated from a plan. */
class InspectionDocumentsTest {

    private static final Instant NOW = Instant.parse("2026-12-08T02:00:00Z");

    @Test
    void theReportHasTheChineseItemsValuesThresholdsFindingsAndSignatures() throws Exception {
        Inspection inspection = new Inspection(Plans.zhanjiangMonthly(), InspectionTrigger.SCHEDULED,
                LocalDate.of(2026, 12, 7), "2026年12月", LocalDate.of(2026, 12, 14), null, "schedule", NOW);
        inspection.recordResults(List.of(new ItemEntry("ZJ-01", ItemOutcome.PASS, null, null),
                        new ItemEntry("ZJ-07", null, new BigDecimal("93.5"), "数据分区接近满"),
                        new ItemEntry("ZJ-09", null, null, "与信息科王工沟通调度台卡顿")),
                "", "建议扩容平台服务器磁盘", item -> 1, "engineer1", NOW);
        SupportCase followUp = mock(SupportCase.class);
        when(followUp.getNumber()).thenReturn("WB-2026-000123");
        when(followUp.getPriority()).thenReturn(Priority.P3);
        when(followUp.getStatus()).thenReturn(CaseStatus.DISPATCHED);
        inspection.followUp("ZJ-07", followUp, true, "inspection", NOW);
        inspection.nextReportVersion("v1.docx", "inspection", NOW);
        inspection.signOff(Department.CLINICAL, SignOffDecision.SIGNED, null, "clinical-zhanjiang", NOW);
        inspection.signOff(Department.IT, SignOffDecision.SIGNED, null, "it-zhanjiang", NOW);

        Map<String, String> names = Map.of("clinical-zhanjiang", "李敏 急诊科", "it-zhanjiang", "黄海 信息科");
        byte[] docx = InspectionReportDocument.render(inspection, 1, Map.of("ZJ-10", List.of("机房.jpg")), true,
                id -> names.getOrDefault(id, id));

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("巡检报告", "第 1 版（签字版）", "湛江中心人民医院",
                    "急救调度指挥模块运行正常", "平台服务器磁盘使用率", "93.5 %", "< 85 %", "数据分区接近满",
                    "WB-2026-000123", "P3（三级）", "已派工", "建议扩容平台服务器磁盘", "机房.jpg",
                    "临床科室", "信息科", "李敏 急诊科", "黄海 信息科", "共检查 4 项，正常 3 项，异常 1 项")
                    .doesNotContain("clinical-zhanjiang", "it-zhanjiang");
            XWPFTable signatures = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(signatures.getRows()).as("the signature block is not split across pages")
                    .allSatisfy(row -> assertThat(row.isCantSplitRow()).isTrue());
            assertThat(signatures.getRow(0).getCell(0).getParagraphs().get(0).getCTP().getPPr().isSetKeepNext())
                    .isTrue();
            List<XWPFRun> runs = new ArrayList<>();
            doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
            assertThat(runs).isNotEmpty().allSatisfy(r -> assertThat(
                    r.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("SimSun"));
        }
    }

    @Test
    void theChecklistFormHasOneValidatedFieldPerAnswer() throws Exception {
        InspectionPlan plan = Plans.zhanjiangMonthly();

        JsonNode form = new ObjectMapper().readTree(ChecklistFormSchema.render(plan));

        assertThat(form.get("id").asText()).isEqualTo("inspection-checklist-zhanjiang-5g-emergency-monthly");
        assertThat(form.get("schemaVersion").asInt()).isEqualTo(16);
        Set<String> ids = new HashSet<>();
        form.get("components").forEach(c -> assertThat(ids.add(c.get("id").asText())).as(c.toString()).isTrue());
        assertThat(field(form, "ZJ_01_outcome").get("type").asText()).isEqualTo("radio");
        assertThat(field(form, "ZJ_01_outcome").at("/validate/required").asBoolean()).isTrue();
        assertThat(field(form, "ZJ_07_value").get("type").asText()).isEqualTo("number");
        assertThat(field(form, "ZJ_07_value").get("label").asText()).isEqualTo("测量值（%）");
        assertThat(field(form, "ZJ_09_note").at("/validate/required").asBoolean()).as("a text item's record").isTrue();
        assertThat(field(form, "ZJ_07_note").at("/validate/required").asBoolean()).isFalse();
        assertThat(field(form, "hospitalParticipants")).as("only for plans filled in with the user").isNull();
        StringBuilder texts = new StringBuilder();
        form.get("components").forEach(c -> texts.append(c.path("text").asText("")).append('\n'));
        assertThat(texts.toString()).contains("平台服务器磁盘使用率", "标准：**" + FormText.literal("< 85 %") + "**",
                "异常时建议工单等级 P3", "{{inspectionView.files.ZJ_10_files}}");
        assertThat(field(new ObjectMapper().readTree(ChecklistFormSchema.render(Plans.queueCallAgreed())),
                "hospitalParticipants").at("/validate/required").asBoolean()).isTrue();
    }

    private static JsonNode field(JsonNode form, String key) {
        for (JsonNode c : form.get("components")) {
            if (c.has("key") && c.get("key").asText().equals(key)) {
                return c;
            }
        }
        return null;
    }
}
