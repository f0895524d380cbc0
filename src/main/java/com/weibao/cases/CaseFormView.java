package com.weibao.cases;

import com.weibao.contract.Contract;
import com.weibao.contract.CoveredSystem;
import com.weibao.contract.FaultLevelDefinition;
import com.weibao.platform.DisplayTimes;
import com.weibao.platform.web.FormText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What a task form shows about its case, in Chinese and ready to print: the task carries it as one
 * read-only variable for its lifetime, so nothing of it is submitted back or kept in the process. Texts the forms
 * show in text components (rendered as Markdown) are {@link FormText#literal literal}: what a reporter wrote shows as
 * written, never as a link or heading; options and table rows are plain values.
 */
public final class CaseFormView {

    private CaseFormView() {
    }

    /**
     * The view; a case without a contract (an unknown sender's mail) also offers the contracts to choose from at
     * triage, and every contract's systems tagged with their contract, for the form to filter. People are shown by
     * {@code names} (login id → name).
     */
    public static Map<String, Object> of(SupportCase c, List<Contract> choosable, UnaryOperator<String> names) {
        Map<String, Object> view = new LinkedHashMap<>();
        Contract contract = c.getContract();
        view.put("number", c.getNumber());
        view.put("summary", FormText.literal(c.getSummary()));
        view.put("description", FormText.literal(c.getDescription()));
        view.put("status", c.getStatus().label());
        view.put("priority", c.getPriority() == null ? "未定" : c.getPriority() + "（" + c.getPriority().label() + "）");
        view.put("category", c.getCategory().label());
        view.put("impact", c.getImpact() == null ? "未说明" : c.getImpact().label());
        view.put("channel", c.getChannel().label());
        view.put("reportedAt", DisplayTimes.format(c.getReportedAt()));
        view.put("hospital", contract == null ? "未知" : FormText.literal(contract.getHospital().getName()));
        view.put("contract", contract == null ? "未指定"
                : FormText.literal(contract.getName() + "（" + contract.getCode() + "）"));
        view.put("system", c.getSystem() == null ? "未指定" : FormText.literal(c.getSystem().getName()));
        view.put("reporter", FormText.literal(reporter(c.getReporter())));
        view.put("assignee", names.apply(c.getAssignee()));
        view.put("faultLevelGuide", contract == null ? "" : contract.getFaultLevels().stream()
                .map(CaseFormView::levelLine).collect(Collectors.joining("\n")));
        view.put("systemOptions", contract == null ? List.of() : contract.getSystems().stream()
                .map(CaseFormView::systemOption).toList());
        view.put("needsContract", contract == null);
        if (contract == null) {
            view.put("contractOptions", choosable.stream().map(k -> option(k.getHospital().getName() + " · "
                    + k.getName() + "（" + k.getCode() + "）", k.getCode())).toList());
            view.put("contractSystemOptions", choosable.stream().flatMap(k -> k.getSystems().stream()
                    .map(s -> Map.of("label", s.getName() + "（" + s.getCode() + "）", "value", s.getCode(),
                            "contract", k.getCode()))).toList());
        }
        view.put("supportActions", c.getSupportActions().stream().map(a -> action(a, names)).toList());
        view.put("notes", notes(c, names));
        c.pendingRemoteAccessRequest().ifPresent(r -> view.put("remoteAccess", Map.of(
                "purpose", FormText.literal(r.getPurpose()), "requestedBy", FormText.literal(names.apply(r.getRequestedBy())),
                "requestedAt", DisplayTimes.format(r.getRequestedAt()))));
        view.put("faultType", c.getFaultType() == null ? "" : c.getFaultType().label());
        view.put("rootCause", FormText.literal(c.getRootCause()));
        view.put("resolution", FormText.literal(c.getResolution()));
        return view;
    }

    public static Map<String, String> option(String label, String value) {
        return Map.of("label", label, "value", value);
    }

    private static String levelLine(FaultLevelDefinition level) {
        return "- **" + level.getPriority() + " " + FormText.literal(level.getName()) + "**："
                + FormText.literal(level.getDefinition());
    }

    private static Map<String, String> systemOption(CoveredSystem s) {
        return option(s.getName() + "（" + s.getCode() + "）", s.getCode());
    }

    private static Map<String, String> action(SupportAction a, UnaryOperator<String> names) {
        return Map.of("mode", a.getMode().label(), "startedAt", DisplayTimes.format(a.getStartedAt()), "endedAt",
                DisplayTimes.format(a.getEndedAt()), "engineer", names.apply(a.getEngineer()), "notes", orEmpty(a.getNotes()));
    }

    private static List<Map<String, String>> notes(SupportCase c, UnaryOperator<String> names) {
        List<Map<String, String>> notes = new ArrayList<>();
        for (CaseEvent e : c.getHistory()) {
            switch (e.getType()) {
                case NOTE, REPORTER_REPLIED, WAITING_FOR_REPORTER, REOPENED, REMOTE_ACCESS_GRANTED,
                     REMOTE_ACCESS_REFUSED, EXPERT_PANEL, PRODUCT_BUG, FIX_RELEASED -> notes.add(Map.of("at", DisplayTimes.format(e.getOccurredAt()), "actor", names.apply(e.getActor()),
                        "kind", noteKind(e.getType()), "text", orEmpty(e.getDetail())));
                default -> { }
            }
        }
        return notes;
    }

    private static String noteKind(CaseEventType type) {
        return switch (type) {
            case NOTE -> "备注";
            case REPORTER_REPLIED -> "报修人回复";
            case WAITING_FOR_REPORTER -> "询问报修人";
            case REOPENED -> "重新打开";
            case REMOTE_ACCESS_GRANTED -> "同意远程接入";
            case REMOTE_ACCESS_REFUSED -> "拒绝远程接入";
            case EXPERT_PANEL, PRODUCT_BUG, FIX_RELEASED -> type.label();
            default -> type.name();
        };
    }

    private static String reporter(Reporter r) {
        return List.of(orEmpty(r.getName()), orEmpty(r.getDepartment()), orEmpty(r.getPhone()), orEmpty(r.getEmail()))
                .stream().filter(s -> !s.isEmpty()).collect(Collectors.joining(" / "));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
