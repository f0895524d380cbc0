package com.weibao.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weibao.contract.Category;
import com.weibao.contract.Contract;
import com.weibao.contract.CoveredSystem;
import com.weibao.contract.Hospital;
import com.weibao.contract.Priority;
import com.weibao.contract.SystemKind;
import com.weibao.platform.web.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The case's life cycle: which changes each status allows, and the history each change writes. */
class SupportCaseTest {

    private static final Instant T0 = Instant.parse("2026-11-20T01:00:00Z");

    private final Contract contract = contract();
    private final CoveredSystem system = contract.findSystem("einvoice-app").orElseThrow();

    @Test
    void fullLifeCycleWritesTheHistory() {
        SupportCase c = newCase();
        c.proposePriority(Priority.P2, "decision", T0);
        c.triage(system, Category.FAULT, Impact.PAYMENT_DOWN, Priority.P1, FaultType.INTERFACE, "全院收费停", "agent", T0);
        c.assign("engineer1", null, "agent", T0);
        c.recordSupportAction(SupportMode.HOTLINE, T0, T0.plusSeconds(600), "电话指导", "engineer1", T0);
        c.requestRemoteAccess("远程重启接口服务", "engineer1", T0);
        c.decideRemoteAccess(true, "同意", "it-renmin", T0);
        c.recordSupportAction(SupportMode.REMOTE, T0, T0.plusSeconds(900), "重启", "engineer1", T0);
        c.waitForReporter("请确认能否开票", "engineer1", T0);
        assertThat(c.addNote("可以开票了", true, Channel.WEB, "it-renmin", T0)).isTrue();
        c.resolve(FaultType.INTERFACE, "证书过期", "更新证书", "engineer1", T0);
        c.confirm(Satisfaction.GOOD, null, "it-renmin", T0);
        c.close("weibao", T0);
        c.archive("weibao", T0);

        assertThat(c.getStatus()).isEqualTo(CaseStatus.ARCHIVED);
        assertThat(c.getPriority()).isEqualTo(Priority.P1);
        assertThat(c.getSupportActions()).extracting(SupportAction::getMode)
                .containsExactly(SupportMode.HOTLINE, SupportMode.REMOTE);
        assertThat(c.getHistory()).extracting(CaseEvent::getType).containsExactly(
                CaseEventType.REGISTERED, CaseEventType.PRIORITY_PROPOSED, CaseEventType.TRIAGED,
                CaseEventType.ASSIGNED, CaseEventType.SUPPORT_ACTION, CaseEventType.REMOTE_ACCESS_REQUESTED,
                CaseEventType.REMOTE_ACCESS_GRANTED, CaseEventType.SUPPORT_ACTION, CaseEventType.WAITING_FOR_REPORTER,
                CaseEventType.REPORTER_REPLIED, CaseEventType.RESOLVED, CaseEventType.CONFIRMED, CaseEventType.CLOSED,
                CaseEventType.ARCHIVED);
        assertThat(c.getHistory().get(2).getDetail()).contains("P2 -> P1").contains("全院收费停");
        assertThat(c.getHistory().get(3)).extracting(CaseEvent::getFromStatus, CaseEvent::getToStatus)
                .containsExactly(CaseStatus.TRIAGED, CaseStatus.DISPATCHED);
    }

    @Test
    void remoteOperationNeedsTheHospitalsApproval() {
        SupportCase c = dispatched();
        assertThatThrownBy(() -> c.recordSupportAction(SupportMode.REMOTE, T0, null, null, "engineer1", T0))
                .isInstanceOf(ConflictException.class).hasMessageContaining("approval");

        c.requestRemoteAccess("远程查看日志", "engineer1", T0);
        c.decideRemoteAccess(false, "业务高峰", "it-renmin", T0);
        assertThatThrownBy(() -> c.recordSupportAction(SupportMode.REMOTE, T0, null, null, "engineer1", T0))
                .isInstanceOf(ConflictException.class);
        assertThat(c.getRemoteAccessRequests()).singleElement()
                .extracting(RemoteAccessRequest::getDecision, RemoteAccessRequest::getDecidedBy)
                .containsExactly(RemoteAccessRequest.Decision.REFUSED, "it-renmin");
    }

    @Test
    void aVendorNoteDoesNotAnswerForTheReporter() {
        SupportCase c = dispatched();
        c.waitForReporter("请提供截图", "engineer1", T0);

        assertThat(c.addNote("已电话催促", false, Channel.WEB, "agent", T0)).isFalse();
        assertThat(c.getStatus()).isEqualTo(CaseStatus.WAITING_FOR_REPORTER);
        assertThat(c.addNote("截图见附件", true, Channel.EMAIL, "reporter", T0)).isTrue();
        assertThat(c.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void closingNeedsTheReportersConfirmation() {
        SupportCase c = dispatched();
        c.resolve(FaultType.SOFTWARE, "缺陷", "补丁", "engineer1", T0);
        assertThatThrownBy(() -> c.close("weibao", T0)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("confirms");
        c.reopen("仍然报错", "it-renmin", T0);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(c.getResolvedAt()).isNull();
    }

    static Stream<Arguments> forbiddenChanges() {
        return Stream.of(
                Arguments.of("dispatch before triage", CaseStatus.NEW, (Consumer<SupportCase>) c ->
                        c.assign("engineer1", null, "agent", T0)),
                Arguments.of("triage twice", CaseStatus.TRIAGED, (Consumer<SupportCase>) c ->
                        c.triage(null, Category.FAULT, null, Priority.P3, null, null, "agent", T0)),
                Arguments.of("support before dispatch", CaseStatus.TRIAGED, (Consumer<SupportCase>) c ->
                        c.recordSupportAction(SupportMode.HOTLINE, T0, null, null, "engineer1", T0)),
                Arguments.of("resolve while waiting for approval", CaseStatus.WAITING_FOR_APPROVAL,
                        (Consumer<SupportCase>) c -> c.resolve(FaultType.OTHER, "x", "y", "engineer1", T0)),
                Arguments.of("confirm before resolution", CaseStatus.IN_PROGRESS, (Consumer<SupportCase>) c ->
                        c.confirm(Satisfaction.GOOD, null, "it-renmin", T0)),
                Arguments.of("note on an archived case", CaseStatus.ARCHIVED, (Consumer<SupportCase>) c ->
                        c.addNote("x", false, Channel.WEB, "agent", T0)),
                Arguments.of("cancel a resolved case", CaseStatus.RESOLVED, (Consumer<SupportCase>) c ->
                        c.cancelAsDuplicate("WB-2026-000001", "dup", "agent", T0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbiddenChanges")
    void refusesChangesTheStatusDoesNotAllow(String name, CaseStatus status, Consumer<SupportCase> change) {
        SupportCase c = inStatus(status);
        int events = c.getHistory().size();

        assertThatThrownBy(() -> change.accept(c)).isInstanceOf(ConflictException.class)
                .hasMessageContaining(c.getNumber()).hasMessageContaining(status.name());
        assertThat(c.getStatus()).isEqualTo(status);
        assertThat(c.getHistory()).hasSize(events);
    }

    private SupportCase inStatus(CaseStatus status) {
        SupportCase c = newCase();
        if (status == CaseStatus.NEW) {
            return c;
        }
        c.triage(system, Category.FAULT, null, Priority.P3, null, null, "agent", T0);
        if (status == CaseStatus.TRIAGED) {
            return c;
        }
        c.assign("engineer1", null, "agent", T0);
        c.recordSupportAction(SupportMode.HOTLINE, T0, null, null, "engineer1", T0);
        switch (status) {
            case IN_PROGRESS -> { }
            case WAITING_FOR_APPROVAL -> c.requestRemoteAccess("远程", "engineer1", T0);
            case RESOLVED -> c.resolve(FaultType.OTHER, "x", "y", "engineer1", T0);
            case ARCHIVED -> {
                c.resolve(FaultType.OTHER, "x", "y", "engineer1", T0);
                c.confirm(Satisfaction.GOOD, null, "it-renmin", T0);
                c.close("weibao", T0);
                c.archive("weibao", T0);
            }
            default -> throw new IllegalArgumentException(status.name());
        }
        return c;
    }

    private SupportCase dispatched() {
        SupportCase c = newCase();
        c.triage(system, Category.FAULT, null, Priority.P3, null, null, "agent", T0);
        c.assign("engineer1", null, "agent", T0);
        return c;
    }

    private SupportCase newCase() {
        return new SupportCase("WB-2026-000001", contract, null, new Reporter("王护士", "138", null, "收费处"),
                Channel.PHONE, Category.FAULT, Impact.PAYMENT_DOWN, "无法开票", null, T0, null, "agent", T0);
    }

    private static Contract contract() {
        Contract contract = new Contract("e-invoice", new Hospital("renmin", "市人民医院"));
        contract.updateTerms("电子票据", LocalDate.of(2026, 1, 1), null, "7×24", List.of("engineers"));
        contract.putSystem("einvoice-app", "电子票据系统", SystemKind.SOFTWARE);
        return contract;
    }
}
