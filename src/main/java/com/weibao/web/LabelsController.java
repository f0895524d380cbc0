package com.weibao.web;

import com.weibao.cases.AttachmentKind;
import com.weibao.cases.CaseEventType;
import com.weibao.cases.CaseStatus;
import com.weibao.cases.Channel;
import com.weibao.cases.FaultType;
import com.weibao.cases.Impact;
import com.weibao.cases.Satisfaction;
import com.weibao.cases.SlaTargetStatus;
import com.weibao.cases.SupportMode;
import com.weibao.contract.Category;
import com.weibao.contract.Priority;
import com.weibao.contract.SlaKind;
import com.weibao.inspection.Department;
import com.weibao.inspection.InspectionEventType;
import com.weibao.inspection.InspectionFileKind;
import com.weibao.inspection.InspectionStatus;
import com.weibao.inspection.InspectionTrigger;
import com.weibao.inspection.SignOffDecision;
import com.weibao.inspection.SlotState;
import com.weibao.intake.QuarantinedItem;
import com.weibao.intake.wechat.WeChatApp;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Chinese names of the codes the web pages show (statuses, levels, channels, history events …), taken from the
 * features' enums, so that each name is written once, next to its code. Keys keep the enums' order: a page lists
 * its choices in it.
 */
@RestController
class LabelsController {

    private static final Map<String, Map<String, String>> LABELS = collect();

    @GetMapping("/api/labels")
    ResponseEntity<Map<String, Map<String, String>>> get() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate()).body(LABELS);
    }

    private static Map<String, Map<String, String>> collect() {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        labels.put("caseStatus", of(CaseStatus.values(), CaseStatus::label));
        labels.put("caseEvent", of(CaseEventType.values(), CaseEventType::label));
        labels.put("priority", of(Priority.values(), Priority::label));
        labels.put("category", of(Category.values(), Category::label));
        labels.put("impact", of(Impact.values(), Impact::label));
        labels.put("channel", of(Channel.values(), Channel::label));
        labels.put("supportMode", of(SupportMode.values(), SupportMode::label));
        labels.put("faultType", of(FaultType.values(), FaultType::label));
        labels.put("satisfaction", of(Satisfaction.values(), Satisfaction::label));
        labels.put("attachmentKind", of(AttachmentKind.values(), AttachmentKind::label));
        labels.put("slaKind", of(SlaKind.values(), SlaKind::label));
        labels.put("slaStatus", of(SlaTargetStatus.values(), SlaTargetStatus::label));
        labels.put("weChatApp", of(WeChatApp.values(), WeChatApp::label));
        labels.put("quarantineStatus", of(QuarantinedItem.Status.values(), QuarantinedItem.Status::label));
        labels.put("inspectionStatus", of(InspectionStatus.values(), InspectionStatus::label));
        // a planned slot shows its inspection's status once it has one
        Map<String, String> slotState = new LinkedHashMap<>(of(SlotState.values(), SlotState::label));
        slotState.putAll(labels.get("inspectionStatus"));
        labels.put("slotState", Collections.unmodifiableMap(slotState));
        labels.put("inspectionTrigger", of(InspectionTrigger.values(), InspectionTrigger::label));
        labels.put("inspectionEvent", of(InspectionEventType.values(), InspectionEventType::label));
        labels.put("inspectionFileKind", of(InspectionFileKind.values(), InspectionFileKind::label));
        labels.put("department", of(Department.values(), Department::label));
        labels.put("signOffDecision", of(SignOffDecision.values(), SignOffDecision::label));
        return Collections.unmodifiableMap(labels);
    }

    private static <E extends Enum<E>> Map<String, String> of(E[] values, Function<E, String> label) {
        Map<String, String> names = new LinkedHashMap<>();
        for (E value : values) {
            names.put(value.name(), label.apply(value));
        }
        return Collections.unmodifiableMap(names);
    }
}
