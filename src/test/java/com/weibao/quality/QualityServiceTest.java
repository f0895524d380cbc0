package com.weibao.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.weibao.cases.Reporter;
import com.weibao.cases.Satisfaction;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.contract.Hospital;
import com.weibao.contract.SlaClock;
import com.weibao.notify.NotificationRequest;
import com.weibao.notify.Notifications;
import com.weibao.platform.identity.PeopleNames;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.sla.StatutoryTime;
import com.weibao.sla.WorkingTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Closing a case decides its callback once (selected → the process starts with the delay counted on the contract's
 * calendar; not sampled, duplicates → none); a call's outcome with its rules (engineer refused, 差 needs a comment,
 * attempts then unreachable, not solved → follow-up with the contract's deadline and a notice to the managers).
 */
class QualityServiceTest {

    /** Friday 2026-09-25 is a holiday (中秋), so is the weekend; Sunday 09-20 was a make-up day. */
    private static final Instant CLOSED = Instant.parse("2026-09-24T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-09-28T02:00:00Z");
    static final WorkingTime TIME = StatutoryTime.WORKING_TIME;

    private final SupportCaseService cases = mock(SupportCaseService.class);
    private final ContractService contracts = mock(ContractService.class);
    private final CallbackPolicyRepository policies = mock(CallbackPolicyRepository.class);
    private final CallbackRepository callbacks = mock(CallbackRepository.class);
    private final SatisfactionRepository ratings = mock(SatisfactionRepository.class);
    private final CallbackWorkflow workflow = mock(CallbackWorkflow.class);
    private final Notifications notifications = mock(Notifications.class);
    private QualityService quality;
    private Contract contract;
    private SupportCase closed;

    @BeforeEach
    void setUp() {
        quality = new QualityService(cases, contracts, policies, callbacks, ratings, workflow, TIME, notifications,
                Clock.fixed(NOW, ZoneOffset.UTC), mock(PeopleNames.class), mock(ComplaintService.class));
        contract = new Contract("zhanjiang-5g-emergency", new Hospital("zhanjiang", "湛江中心人民医院"));
        when(contracts.find("zhanjiang-5g-emergency")).thenReturn(Optional.of(contract));
        closed = mock(SupportCase.class);
        when(closed.getNumber()).thenReturn("ZJ-0007");
        when(closed.getContract()).thenReturn(contract);
        when(closed.hospitalCode()).thenReturn("zhanjiang");
        when(closed.getClosedAt()).thenReturn(CLOSED);
        when(closed.getAssignee()).thenReturn("engineer1");
        when(closed.getReporter()).thenReturn(new Reporter("王医生", "138-0000-1234", null, "急诊科"));
        when(cases.get(7L)).thenReturn(closed);
        when(callbacks.save(any())).thenAnswer(call -> {
            Callback saved = call.getArgument(0);
            ReflectionTestUtils.setField(saved, "id", 70L);
            when(callbacks.findById(70L)).thenReturn(Optional.of(saved));
            return saved;
        });
        when(workflow.start(anyString(), anyString(), anyString(), any())).thenReturn("pi-1");
    }

    private void policy(int share) {
        CallbackPolicy policy = new CallbackPolicy("zhanjiang-5g-emergency");
        policy.update(share, new TimeSpan("P1D", SlaClock.WORKING_DAYS, null), "callbacks", 2, Duration.ofHours(2),
                0, new TimeSpan("P1D", SlaClock.WORKING_DAYS, null), 5);
        when(policies.findByContractCode("zhanjiang-5g-emergency")).thenReturn(Optional.of(policy));
    }

    @Test
    void aSelectedCaseStartsItsCallbackOneWorkingDayAfterClosing_overTheHoliday() {
        policy(100);

        quality.caseClosed(7L);

        ArgumentCaptor<Callback> saved = ArgumentCaptor.forClass(Callback.class);
        verify(callbacks).save(saved.capture());
        Callback callback = saved.getValue();
        assertThat(callback.getDecision()).isEqualTo(CallbackDecision.SELECTED);
        assertThat(callback.getReporterKey()).isEqualTo("tel:13800001234");
        // closed Thursday 16:00; Friday to Sunday off (中秋, weekend): one working day later is Monday 16:00
        Instant due = Instant.parse("2026-09-28T08:00:00Z");
        verify(workflow).start("ZJ-0007", "zhanjiang-5g-emergency", "callbacks", due);
        assertThat(callback.getDueAt()).isEqualTo(due);
        assertThat(callback.getProcessInstanceId()).isEqualTo("pi-1");
        assertThat(callback.workedOnCase("engineer1")).isTrue();
    }

    @Test
    void notSampled_duplicate_orAlreadyDecided_startsNoCallback() {
        policy(0);
        quality.caseClosed(7L);
        ArgumentCaptor<Callback> saved = ArgumentCaptor.forClass(Callback.class);
        verify(callbacks).save(saved.capture());
        assertThat(saved.getValue().getDecision()).isEqualTo(CallbackDecision.NOT_SAMPLED);
        assertThat(saved.getValue().getStatus()).isNull();

        when(callbacks.existsByCaseId(7L)).thenReturn(true);
        policy(100);
        quality.caseClosed(7L);
        verify(workflow, never()).start(anyString(), anyString(), anyString(), any());
    }

    @Test
    void theCasesEngineerCannotRecordTheCall_andPoorNeedsAComment() {
        policy(100);
        quality.caseClosed(7L);

        assertThatThrownBy(() -> quality.checkMayCall(70L, "engineer1")).isInstanceOf(QualityService.NotAllowedToCall.class);
        quality.checkMayCall(70L, "callback");
        assertThatThrownBy(() -> quality.recordCall(70L, CallOutcome.REACHED, true, Satisfaction.EXCELLENT, null,
                "engineer1")).isInstanceOf(QualityService.NotAllowedToCall.class);
        assertThatThrownBy(() -> quality.recordCall(70L, CallOutcome.REACHED, true, Satisfaction.POOR, " ",
                "callback")).isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.getViolations())
                        .extracting(FieldViolation::field).containsExactly("callbackComment"))
                .hasMessageContaining("评价为“差”时请记录原因");
        assertThatThrownBy(() -> quality.recordCall(70L, CallOutcome.REACHED, null, null, null, "callback"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.getViolations())
                        .extracting(FieldViolation::field).containsExactly("problemSolved", "callbackRating"));
    }

    @Test
    void notReachedUntilTheLastAttempt_isUnreachable() {
        policy(100);
        quality.caseClosed(7L);

        assertThat(quality.recordCall(70L, CallOutcome.NOT_REACHED, null, null, null, "callback"))
                .isEqualTo(CallbackRoute.RETRY);
        assertThat(quality.nextAttemptAt(70L)).as("spacing on the delay's clock: Monday 10:00 + 2 h")
                .isEqualTo(Instant.parse("2026-09-28T04:00:00Z"));
        assertThat(quality.recordCall(70L, CallOutcome.NOT_REACHED, null, null, null, "callback"))
                .isEqualTo(CallbackRoute.UNREACHABLE);
        verify(ratings, never()).save(any());
    }

    @Test
    void notSolved_keepsTheRating_andGoesToTheManagersWithTheContractsDeadline() {
        policy(100);
        quality.caseClosed(7L);
        when(callbacks.findByCaseId(7L)).thenAnswer(call -> callbacks.findById(70L));

        assertThat(quality.recordCall(70L, CallOutcome.REACHED, false, Satisfaction.GOOD, "打印机仍然报错",
                "callback")).isEqualTo(CallbackRoute.FOLLOW_UP);

        ArgumentCaptor<SatisfactionRecord> rating = ArgumentCaptor.forClass(SatisfactionRecord.class);
        verify(ratings).save(rating.capture());
        assertThat(rating.getValue().getSource()).isEqualTo(SatisfactionSource.CALLBACK);
        assertThat(rating.getValue().getRating()).isEqualTo(Satisfaction.GOOD);
        assertThat(quality.followUpDueAt(70L)).as("one working day after the call")
                .isEqualTo(Instant.parse("2026-09-29T02:00:00Z"));
        ArgumentCaptor<NotificationRequest> notice = ArgumentCaptor.forClass(NotificationRequest.class);
        verify(notifications).send(notice.capture());
        assertThat(notice.getValue().recipient().id()).isEqualTo("managers");
        assertThat(notice.getValue().subject()).isEqualTo("回访跟进：工单 ZJ-0007 问题未解决");
        assertThat(notice.getValue().body()).contains("打印机仍然报错", "2026-09-29 10:00");
        CallbackView view = quality.callbackOfCase(7L).orElseThrow();
        assertThat(view.status()).isEqualTo(CallbackStatus.REACHED);
        assertThat(view.solved()).isFalse();
    }
}
