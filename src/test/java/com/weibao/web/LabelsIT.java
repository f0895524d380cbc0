package com.weibao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.cases.CaseEventType;
import com.weibao.cases.CaseStatus;
import com.weibao.contract.Priority;
import com.weibao.inspection.InspectionStatus;
import com.weibao.inspection.SlotState;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The Chinese names the pages show come from the enums, once, for logged-in users only. */
class LabelsIT extends IntegrationTest {

    @Test
    void everyLoggedInUserGetsTheEnumsNamesInTheEnumsOrder() {
        for (String user : List.of("agent", "it-renmin", "clinical-zhanjiang")) {
            Http.Response response = http().get(user, "/api/labels");
            assertThat(response.status()).isEqualTo(200);
            JsonNode labels = response.json();

            assertThat(labels.fieldNames()).toIterable().containsExactly("caseStatus", "caseEvent", "priority",
                    "category", "impact", "channel", "supportMode", "faultType", "satisfaction", "attachmentKind",
                    "slaKind", "slaStatus", "weChatApp", "quarantineStatus", "inspectionStatus", "slotState", "inspectionTrigger",
                    "inspectionEvent", "inspectionFileKind", "department", "signOffDecision");
            assertNames(labels.get("caseStatus"), CaseStatus.values(), CaseStatus::label);
            assertNames(labels.get("caseEvent"), CaseEventType.values(), CaseEventType::label);
            assertNames(labels.get("priority"), Priority.values(), Priority::label);
            assertThat(labels.at("/caseStatus/WAITING_FOR_APPROVAL").asText()).isEqualTo("待院方批准远程接入");
            assertThat(labels.at("/caseEvent/FAULT_REPORT_WRITTEN").asText()).isEqualTo("出具故障报告");
            assertThat(labels.at("/satisfaction/EXCELLENT").asText()).isEqualTo("优");
            assertThat(labels.at("/quarantineStatus/DISMISSED").asText()).isEqualTo("已搁置");
            assertThat(labels.get("slotState").fieldNames()).toIterable().containsExactly(
                    SlotState.PLANNED.name(), SlotState.MISSED.name(), InspectionStatus.IN_PROGRESS.name(),
                    InspectionStatus.AWAITING_SIGN_OFF.name(), InspectionStatus.REVISION.name(),
                    InspectionStatus.ARCHIVED.name());
            assertThat(labels.at("/slotState/MISSED").asText()).isEqualTo("未执行");
            assertThat(labels.at("/slotState/AWAITING_SIGN_OFF").asText()).isEqualTo("待院方签字");
        }
    }

    @Test
    void withoutCredentialsThereAreNoLabels() {
        Http.Response anonymous = http().get(null, "/api/labels");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        Http.Response fromPage = http().request("agent:wrong-password", "GET", "/api/labels", null, null,
                "X-Requested-With", "XMLHttpRequest");
        assertThat(fromPage.status()).isEqualTo(401);
        assertThat(fromPage.header("WWW-Authenticate")).as("the page shows its own login form").isNull();

        assertThat(http().get("agent:wrong-password", "/api/labels").status()).isEqualTo(401);
    }

    private static <E extends Enum<E>> void assertNames(JsonNode names, E[] values, Function<E, String> label) {
        assertThat(names.fieldNames()).toIterable()
                .containsExactlyElementsOf(Arrays.stream(values).map(Enum::name).toList());
        for (E value : values) {
            assertThat(names.get(value.name()).asText()).as(value.name()).isEqualTo(label.apply(value)).isNotBlank();
        }
    }
}
