package com.weibao.inspection;

import com.weibao.platform.DisplayTimes;
import com.weibao.platform.web.FormText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * What the inspection's task forms show, in Chinese and ready to print, and the checklist rows the engineer
 * fills in. Tasks carry them as task-local variables, so nothing of it stays in the process. What people wrote
 * (reasons, participants, suggestions) is {@link FormText#literal literal} in the forms' text components.
 */
public final class InspectionFormView {

    private InspectionFormView() {
    }

    /** The read-only header of every inspection form; {@code department} for a sign-off task. */
    public static Map<String, Object> of(Inspection i, Department department, String reportHref,
                                         ToIntFunction<String> filesOfItem) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", i.getId());
        view.put("reference", i.getReference());
        view.put("title", i.title());
        view.put("hospital", i.getContract().getHospital().getName());
        view.put("contract", i.getContract().getName() + "（" + i.getContract().getCode() + "）");
        view.put("plan", i.getPlan().getName() + "（" + i.getPlan().getFrequency().label() + "，每年 "
                + i.getPlan().getPerYear() + " 次）");
        view.put("trigger", i.getTrigger().label() + (i.getReason() == null ? "" : "：" + FormText.literal(i.getReason())));
        view.put("period", i.getPeriodLabel());
        view.put("dueDate", i.getDueDate().toString());
        view.put("overdue", i.getOverdueSince() != null);
        view.put("status", i.getStatus().label());
        view.put("engineer", i.getPerformedBy() == null ? "" : i.getPerformedBy());
        view.put("performedAt", DisplayTimes.format(i.getPerformedAt()));
        view.put("participants", FormText.literal(i.getHospitalParticipants()));
        view.put("withUser", i.getPlan().isFilledWithUser());
        view.put("signOff", String.join("、", i.requiredDepartments().stream().map(Department::label).toList()));
        view.put("department", department == null ? "" : department.label());
        view.put("reportVersion", i.getReportVersion());
        view.put("reportHref", reportHref == null ? "" : reportHref);
        view.put("uploadHref", "/api/inspections/" + i.getId() + "/files");
        List<InspectionSignOff> rejections = i.getStatus() == InspectionStatus.REVISION
                ? i.rejectionsOfLastVersion() : List.of();
        view.put("revision", !rejections.isEmpty());
        StringBuilder reasons = new StringBuilder();
        rejections.forEach(r -> reasons.append("- **").append(r.getDepartment().label()).append("**（")
                .append(r.getDecidedBy()).append("，").append(DisplayTimes.format(r.getDecidedAt()))
                .append("）：").append(FormText.literal(r.getReason())).append('\n'));
        view.put("rejections", reasons.toString());
        long failed = i.getResults().stream().filter(InspectionResult::isFailed).count();
        view.put("outcome", i.isPerformed() ? "共 " + i.getResults().size() + " 项，异常 " + failed + " 项" : "");
        view.put("results", i.getResults().stream().map(InspectionFormView::resultRow).toList());
        view.put("suggestions", FormText.literal(i.getSuggestions()));
        Map<String, String> files = new LinkedHashMap<>();
        i.getResults().stream().filter(r -> r.getKind() == ItemKind.ATTACHMENT).forEach(r -> files.put(
                ChecklistItem.fieldKey(r.getItemCode(), "files"), String.valueOf(filesOfItem.applyAsInt(r.getItemCode()))));
        view.put("files", files);
        return view;
    }

    /**
     * The answers of the checklist form (see {@link ChecklistFormSchema}) as they stand: empty for a new inspection,
     * the last results for a revision. Declared on the task, so what the form submits stays local to it.
     */
    public static Map<String, Object> answers(Inspection i) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (InspectionResult r : i.getResults()) {
            switch (r.getKind()) {
                case PASS_FAIL -> answers.put(ChecklistFormSchema.outcomeKey(r.getItemCode()),
                        r.getOutcome() == null ? null : r.getOutcome().name());
                case MEASURE -> answers.put(ChecklistFormSchema.valueKey(r.getItemCode()),
                        r.getMeasuredValue() == null ? null : r.getMeasuredValue().doubleValue());
                case TEXT, ATTACHMENT -> { }
            }
            answers.put(ChecklistFormSchema.noteKey(r.getItemCode()), r.getNote());
        }
        answers.put("suggestions", i.getSuggestions());
        answers.put("hospitalParticipants", i.getHospitalParticipants());
        return answers;
    }

    private static Map<String, Object> resultRow(InspectionResult r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", r.getItemCode());
        row.put("name", r.getItemName());
        row.put("criterion", r.criterion());
        row.put("finding", r.isRecorded() ? r.finding() : "");
        row.put("verdict", !r.isRecorded() ? "" : r.isFailed() ? "异常" : "正常");
        row.put("followUp", r.getFollowUpCase() == null ? "" : r.getFollowUpCase().getNumber());
        row.put("note", r.getNote() == null ? "" : r.getNote());
        return row;
    }
}
