package com.weibao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.weibao.contract.Category;
import com.weibao.contract.Contract;
import com.weibao.contract.CoveredSystem;
import com.weibao.contract.Hospital;
import com.weibao.contract.SystemKind;
import com.weibao.contract.Priority;
import com.weibao.platform.web.FormText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a case's task forms get: the reporter's words as written, for text components that render Markdown. */
class CaseFormViewTest {

    private static final Instant T0 = Instant.parse("2026-11-20T01:00:00Z");
    private static final String MAIL_BODY = "[点这里](http://evil.example)\n# 标题\n<b>粗体</b>";

    @Test
    void whatTheReporterWroteIsLiteralTextInTheForm() {
        Contract contract = new Contract("e-invoice", new Hospital("renmin", "市人民医院"));
        contract.updateTerms("电子票据", LocalDate.of(2026, 1, 1), null, "7×24", List.of("engineers"));
        SupportCase c = new SupportCase("WB-2026-000001", contract, null,
                new Reporter("[王护士](http://evil.example)", "138 0000 0000", "wang@renmin.example", "# 收费处"),
                Channel.EMAIL, Category.FAULT, Impact.PAYMENT_DOWN, "**紧急** 无法开票", MAIL_BODY, T0, null,
                "mail", T0);

        Map<String, Object> view = CaseFormView.of(c, List.of(), id -> id);

        assertThat(view.get("description")).isEqualTo(FormText.literal(MAIL_BODY))
                .isEqualTo("\\[点这里\\]\\(http\\:\\/\\/evil\\.example\\)\n\\# 标题\n\\<b\\>粗体\\<\\/b\\>");
        assertThat(view.get("summary")).isEqualTo("\\*\\*紧急\\*\\* 无法开票");
        assertThat(view.get("reporter")).isEqualTo(FormText.literal(
                "[王护士](http://evil.example) / # 收费处 / 138 0000 0000 / wang@renmin.example"));
        assertThat(view.get("number")).as("the desk's own values stay as they are").isEqualTo("WB-2026-000001");
    }

    @Test
    void peopleAreShownByNameNotByLoginId() {
        Contract contract = new Contract("e-invoice", new Hospital("renmin", "市人民医院"));
        contract.updateTerms("电子票据", LocalDate.of(2026, 1, 1), null, "7×24", List.of("engineers"));
        CoveredSystem system = contract.putSystem("einvoice-app", "电子票据系统", SystemKind.SOFTWARE);
        SupportCase c = new SupportCase("WB-2026-000002", contract, system,
                new Reporter("王护士", "138 0000 0000", null, "收费处"), Channel.PHONE, Category.FAULT,
                Impact.PAYMENT_DOWN, "无法开票", "", T0, null, "agent", T0);
        c.triage(system, Category.FAULT, Impact.PAYMENT_DOWN, Priority.P2, null, null, "lead", T0);
        c.assign("engineer1", null, "lead", T0);
        c.recordSupportAction(SupportMode.HOTLINE, T0, T0.plusSeconds(600), "重启服务", "engineer1", T0);
        c.addNote("已与收费处确认", false, Channel.PHONE, "engineer1", T0);
        Map<String, String> names = Map.of("engineer1", "张伟 工程师", "lead", "陈刚 组长", "agent", "王丽 热线坐席");

        Map<String, Object> view = CaseFormView.of(c, List.of(), id -> names.getOrDefault(id, id));

        assertThat(view.get("assignee")).isEqualTo("张伟 工程师");
        assertThat(view.get("supportActions")).asList().singleElement()
                .extracting(a -> ((Map<?, ?>) a).get("engineer")).isEqualTo("张伟 工程师");
        assertThat(view.get("notes")).asList().singleElement()
                .extracting(n -> ((Map<?, ?>) n).get("actor")).isEqualTo("张伟 工程师");
        assertThat(view.toString()).doesNotContain("engineer1");
    }
}
