package com.weibao.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.weibao.contract.CoveredSystem;
import com.weibao.platform.web.FormText;

/**
 * The Camunda Form (form-js, schemaVersion 16) for filling in a plan's checklist, generated from the plan's
 * items: one labelled, validated field per answer (a verdict, a measured value with its unit, an observation),
 * keyed {@link ChecklistItem#fieldKey}. What changes per inspection (header, due date, the hospital's
 * objections, files uploaded) comes from the task's inspectionView variable through templates.
 * <p>
 * Generated rather than one static form with a dynamic list: Tasklist 7.24 keeps the Complete button disabled
 * once any field inside a form-js dynamic list was edited (it counts the empty per-row error entries as errors).
 */
public final class ChecklistFormSchema {

    static final String OUTCOME = "outcome";
    static final String VALUE = "value";
    static final String NOTE = "note";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ChecklistFormSchema() {
    }

    public static String outcomeKey(String itemCode) {
        return ChecklistItem.fieldKey(itemCode, OUTCOME);
    }

    public static String valueKey(String itemCode) {
        return ChecklistItem.fieldKey(itemCode, VALUE);
    }

    public static String noteKey(String itemCode) {
        return ChecklistItem.fieldKey(itemCode, NOTE);
    }

    public static String render(InspectionPlan plan) {
        ObjectNode form = JSON.createObjectNode();
        form.put("id", plan.checklistFormKey());
        form.put("type", "default");
        ArrayNode components = form.putArray("components");
        text(components, "Text_header", "#### {{inspectionView.title}}（{{inspectionView.reference}}）\n"
                + "医院：{{inspectionView.hospital}}　合同：{{inspectionView.contract}}  \n"
                + "计划：{{inspectionView.plan}}　类型：{{inspectionView.trigger}}  \n"
                + "截止日期：**{{inspectionView.dueDate}}**　报告签字：{{inspectionView.signOff}}", null);
        text(components, "Text_overdue", "**已逾期**：截止日期 {{inspectionView.dueDate}} 已过，组长已收到通知，请尽快完成。",
                "=inspectionView.overdue != true");
        text(components, "Text_rejections", "#### 院方退回了第 {{inspectionView.reportVersion}} 版巡检报告\n"
                + "{{inspectionView.rejections}}\n请按意见修改后重新提交：将生成新版本报告，各部门重新签字。",
                "=inspectionView.revision != true");
        text(components, "Text_howto", "逐项填写（共 " + plan.getItems().size() + " 项）：**正常/异常**项选择结论；"
                + "**测量值**项填写数值，提交时按标准判定；**文字记录**项填写内容；**照片/附件**项须先在"
                + "[巡检页面](/inspections.html?id={{inspectionView.id}})上传文件。判定为异常的项目提交后自动生成后续故障工单，"
                + "等级按检查项建议。", null);
        if (plan.isFilledWithUser()) {
            ObjectNode participants = field(components, "textfield", "Field_participants", "hospitalParticipants",
                    "院方参与人（姓名、科室）", true, 500);
            participants.put("description", "本计划的巡检检查项目表须与用户共同填写");
        }
        String section = null;
        for (ChecklistItem item : plan.getItems()) {
            if (!item.getSection().equals(section)) {
                section = item.getSection();
                text(components, "Text_section_" + ChecklistItem.fieldKey(item.getCode(), "section"),
                        "#### " + FormText.literal(section), null);
            }
            text(components, "Text_" + ChecklistItem.fieldKey(item.getCode(), "item"), describe(plan, item), null);
            String row = "Row_" + ChecklistItem.fieldKey(item.getCode(), "answer");
            switch (item.getKind()) {
                case PASS_FAIL -> {
                    ObjectNode radio = field(components, "radio", "Field_" + outcomeKey(item.getCode()),
                            outcomeKey(item.getCode()), "结论", true, 0);
                    ArrayNode values = radio.putArray("values");
                    values.addObject().put("label", ItemOutcome.PASS.label()).put("value", ItemOutcome.PASS.name());
                    values.addObject().put("label", ItemOutcome.FAIL.label()).put("value", ItemOutcome.FAIL.name());
                    layout(radio, row, 4);
                    layout(note(components, item, "说明（异常时写明现象）", false), row, 12);
                }
                case MEASURE -> {
                    ObjectNode number = field(components, "number", "Field_" + valueKey(item.getCode()),
                            valueKey(item.getCode()), "测量值" + (item.getUnit() == null ? "" : "（" + item.getUnit() + "）"),
                            true, 0);
                    number.put("decimalDigits", 2);
                    layout(number, row, 4);
                    layout(note(components, item, "说明", false), row, 12);
                }
                case TEXT -> note(components, item, "记录", true);
                case ATTACHMENT -> {
                    text(components, "Text_" + ChecklistItem.fieldKey(item.getCode(), "files"),
                            "须上传照片或附件：[在巡检页面上传](/inspections.html?id={{inspectionView.id}})（请在新标签页打开，检查项 "
                                    + item.getCode() + "），或 POST {{inspectionView.uploadHref}}（item=" + item.getCode()
                                    + "）。打开任务时已上传 {{inspectionView.files."
                                    + ChecklistItem.fieldKey(item.getCode(), "files") + "}} 个；提交时按实际上传的文件检查。",
                            null);
                    note(components, item, "说明", false);
                }
            }
        }
        field(components, "textarea", "Field_suggestions", "suggestions", "巡检结论与改进建议", false, 100_000);
        form.put("executionPlatform", "Camunda Platform");
        form.put("executionPlatformVersion", "7.24.0");
        form.putObject("exporter").put("name", "Weibao").put("version", "1");
        form.put("schemaVersion", 16);
        try {
            return JSON.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(InspectionPlan plan, ChecklistItem item) {
        String system = item.getSystemCode() == null ? null : plan.getContract().findSystem(item.getSystemCode())
                .map(CoveredSystem::getName).orElse(item.getSystemCode());
        return "**" + item.getCode() + "　" + FormText.literal(item.getName()) + "**"
                + (system == null ? "" : "　（" + FormText.literal(system) + "）") + "  \n" + item.getKind().label()
                + "　｜　标准：**" + FormText.literal(item.criterion()) + "**"
                + (item.getKind() == ItemKind.PASS_FAIL || item.getKind() == ItemKind.MEASURE
                ? "　｜　异常时建议工单等级 " + item.getFollowUpPriority() : "")
                + (item.getHint() == null ? "" : "  \n提示：" + FormText.literal(item.getHint()));
    }

    private static ObjectNode note(ArrayNode components, ChecklistItem item, String label, boolean required) {
        return field(components, "textarea", "Field_" + noteKey(item.getCode()), noteKey(item.getCode()), label,
                required, Inspection.NOTE_MAX);
    }

    private static ObjectNode field(ArrayNode components, String type, String id, String key, String label,
                                    boolean required, int maxLength) {
        ObjectNode field = components.addObject();
        field.put("type", type);
        field.put("id", id);
        field.put("key", key);
        field.put("label", label);
        ObjectNode validate = field.putObject("validate");
        if (required) {
            validate.put("required", true);
        }
        if (maxLength > 0) {
            validate.put("maxLength", maxLength);
        }
        return field;
    }

    private static void text(ArrayNode components, String id, String text, String hide) {
        ObjectNode component = components.addObject();
        component.put("type", "text");
        component.put("id", id);
        component.put("text", text);
        if (hide != null) {
            component.putObject("conditional").put("hide", hide);
        }
    }

    private static ObjectNode layout(ObjectNode field, String row, int columns) {
        field.putObject("layout").put("row", row).put("columns", columns);
        return field;
    }
}
