package com.weibao.inspection.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.weibao.cases.process.ProcessTestEngine;
import com.weibao.inspection.InspectionPlan;
import com.weibao.inspection.InspectionPlanRepository;
import com.weibao.inspection.InspectionRepository;
import com.weibao.inspection.InspectionRequest;
import com.weibao.inspection.InspectionScheduling;
import com.weibao.inspection.StatutoryDays;
import com.weibao.inspection.InspectionTrigger;
import com.weibao.inspection.InspectionWorkflow;
import com.weibao.inspection.Plans;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/**
 * The schedule process with the real date arithmetic: the engine's clock moves to each timer's date, the timer
 * fires, the slot's inspection starts and the next slot is planned, for a monthly and a quarterly plan.
 */
@Deployment(resources = "InspectionScheduleProcess.bpmn")
class InspectionScheduleProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    private final InspectionPlanRepository plans = mock(InspectionPlanRepository.class);
    private final InspectionRepository inspections = mock(InspectionRepository.class);
    private final InspectionWorkflow workflow = mock(InspectionWorkflow.class);

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void aMonthlyPlanStartsAnInspectionEveryMonthUntilTheContractEnds() {
        ProcessInstance schedule = start(Plans.zhanjiangMonthly(), Instant.parse("2026-03-10T02:00:00Z"));

        List<LocalDate> started = runUntilTheEnd(schedule);

        assertThat(started).as("March's inspection is still open on 10 March (due 12 March), then one a month")
                .containsExactly(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 4, 7), LocalDate.of(2026, 5, 6),
                        LocalDate.of(2026, 6, 5), LocalDate.of(2026, 7, 6), LocalDate.of(2026, 8, 5),
                        LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 8), LocalDate.of(2026, 11, 5),
                        LocalDate.of(2026, 12, 7));
        assertThat(schedule).isEnded().hasPassed(InspectionProcess.END_SCHEDULE);
    }

    @Test
    void aQuarterlyPlanWaitsForTheNextQuarterAndEndsWithTheContract() {
        ProcessInstance schedule = start(Plans.eInvoiceQuarterly(), Instant.parse("2026-11-22T03:00:00Z"));

        assertThat(runtimeService().getVariables(schedule.getId())).containsEntry("nextSlot", "2027-01-11")
                .containsEntry("nextPeriod", "2027年第1季度")
                .containsEntry("nextInspectionAt", Date.from(Instant.parse("2027-01-11T01:00:00Z")));
        assertThat(schedule.getTenantId()).isEqualTo("renmin");

        assertThat(runUntilTheEnd(schedule)).as("Q4 2026 was due 26 October; the contract ends 30 June 2027")
                .containsExactly(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 4, 12));
    }

    @Test
    void aSlotWhoseInspectionExistsIsNotStartedTwice() {
        InspectionPlan plan = Plans.zhanjiangMonthly();
        ProcessInstance schedule = start(plan, Instant.parse("2026-12-01T02:00:00Z"));
        when(inspections.existsByPlanAndSlotDate(plan, LocalDate.of(2026, 12, 7))).thenReturn(true);

        ClockUtil.setCurrentTime(job(schedule).getDuedate());
        execute(job(schedule));

        verify(workflow, never()).start(any());
        assertThat(schedule).isEnded();
    }

    @Test
    void aTimerIsNotDueBeforeItsDay() {
        ProcessInstance schedule = start(Plans.zhanjiangMonthly(), Instant.parse("2026-11-22T03:00:00Z"));

        Job timer = job(schedule);
        assertThat(timer.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-12-07T01:00:00Z")));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(schedule.getId()).executable()
                .count()).isZero();
        assertThat(schedule).isWaitingAt(InspectionProcess.INSPECTION_DUE);
    }

    private ProcessInstance start(InspectionPlan plan, Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
        String contract = plan.getContract().getCode();
        when(plans.findByContractCodeAndCode(contract, plan.getCode())).thenReturn(Optional.of(plan));
        when(workflow.start(any())).thenReturn(1L);
        Clock engineClock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return ClockUtil.getCurrentTime().toInstant();
            }
        };
        InspectionScheduling scheduling = new InspectionScheduling(plans, inspections, workflow, StatutoryDays.CALENDAR,
                engineClock);
        ScheduleDelegates delegates = new ScheduleDelegates();
        Mocks.register("planNextInspection", delegates.planNext(scheduling));
        Mocks.register("startScheduledInspection", delegates.startScheduled(scheduling));
        return runtimeService().createProcessInstanceByKey(InspectionProcess.SCHEDULE_KEY)
                .businessKey(contract + "/" + plan.getCode())
                .setVariable("contractCode", contract).setVariable("planCode", plan.getCode())
                .setVariable("scheduleRevision", plan.getScheduleRevision()).execute();
    }

    /** Moves the engine's clock to each timer's date and fires it; returns the slots whose inspections started. */
    private List<LocalDate> runUntilTheEnd(ProcessInstance schedule) {
        List<LocalDate> started = new ArrayList<>();
        ArgumentCaptor<InspectionRequest> request = ArgumentCaptor.forClass(InspectionRequest.class);
        for (int round = 0; round < 24 && runtimeService().createProcessInstanceQuery()
                .processInstanceId(schedule.getId()).count() > 0; round++) {
            assertThat(schedule).isWaitingAt(InspectionProcess.INSPECTION_DUE);
            Job timer = job(schedule);
            LocalDate slot = LocalDate.parse((String) runtimeService().getVariable(schedule.getId(), "nextSlot"));
            assertThat(timer.getDuedate().toInstant()).isEqualTo(slot.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai"))
                    .toInstant());
            ClockUtil.setCurrentTime(timer.getDuedate());
            execute(timer);
            verify(workflow, org.mockito.Mockito.times(started.size() + 1)).start(request.capture());
            InspectionRequest r = request.getValue();
            assertThat(r.trigger()).isEqualTo(InspectionTrigger.SCHEDULED);
            assertThat(r.slotDate()).isEqualTo(slot);
            started.add(r.slotDate());
        }
        return started;
    }
}
