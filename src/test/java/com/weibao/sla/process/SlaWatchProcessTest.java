package com.weibao.sla.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.weibao.cases.process.CaseProcess;
import com.weibao.cases.process.ProcessTestEngine;
import com.weibao.contract.Category;
import com.weibao.contract.Contract;
import com.weibao.contract.Priority;
import com.weibao.contract.SlaTargetDefinition;
import com.weibao.sla.CaseSlaTarget;
import com.weibao.sla.CaseSlaTargetRepository;
import com.weibao.sla.Period;
import com.weibao.sla.SeedContracts;
import com.weibao.sla.SlaEscalations;
import com.weibao.sla.SlaFixtures;
import com.weibao.sla.SlaSchedule;
import com.weibao.sla.WorkingTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.InOrder;

/**
 * The SLA watch of CaseProcess against every seed contract and level: the deadlines the SLA schedule computes
 * from the contract data become the watcher's timers, and with the engine clock moved each step fires exactly
 * when it is due, not a second before: warning → engineer, breach → team lead, then service manager, then the
 * hospital's contact. Re-arming a target (after a pause, or a new level) replaces its timers; none is left over.
 */
class SlaWatchProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    static final Map<String, Contract> CONTRACTS = SeedContracts.load();
    static final SlaSchedule SCHEDULE = SlaFixtures.SCHEDULE;
    /** The eve of National Day, after office hours: every kind of clock has something to skip. */
    static final Instant REPORTED = LocalDateTime.parse("2026-09-30T17:30").atZone(WorkingTime.SHANGHAI).toInstant();

    private static String deploymentId;

    private final Map<Long, Instant[]> deadlines = new HashMap<>();
    private SlaEscalations escalations;
    private CaseSlaTargetRepository targets;
    private ProcessInstance instance;

    /** One deployment for the class: the parameterized test starts forty cases. */
    @BeforeAll
    static void deploy() {
        deploymentId = engine.getRepositoryService().createDeployment()
                .addClasspathResource("CaseProcess.bpmn").addClasspathResource("FaultLevelDecision.dmn")
                .deploy().getId();
    }

    @AfterAll
    static void undeploy() {
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }

    @BeforeEach
    void registerBeans() {
        escalations = mock(SlaEscalations.class);
        Mocks.register("slaEscalations", escalations);
        Mocks.register("slaTimers", new FixedTimers(deadlines));
        Mocks.register("slaWatcherStarted", new SlaWatcherStartedListener());
        targets = mock(CaseSlaTargetRepository.class);
        when(targets.isTargetOfProcess(anyLong(), anyString())).thenReturn(true);
        Mocks.register("slaWatcher", new SlaWatcher(targets));
        JavaDelegate register = execution -> {
            execution.setVariable("caseId", 7L);
            execution.setProcessBusinessKey("WB-2026-000007");
        };
        Mocks.register("registerCase", register);
        Mocks.register("faultLevelProposed", mock(ExecutionListener.class));
        Mocks.register("caseView", mock(TaskListener.class));
        Mocks.register("triageCompleted", mock(TaskListener.class));
    }

    /** A case waiting at triage. */
    private void startCase() {
        ClockUtil.setCurrentTime(Date.from(REPORTED));
        instance = engine.getRuntimeService().startProcessInstanceByKey(CaseProcess.KEY,
                Variables.createVariables().putValue("contractCode", "queue-call").putValue("category", "FAULT"));
    }

    @AfterEach
    void reset() {
        if (instance != null) {
            engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test done");
        }
        Mocks.reset();
        ClockUtil.reset();
    }

    static Stream<Arguments> contractsAndLevels() {
        List<Arguments> cases = new ArrayList<>();
        for (String contract : List.of("nanshan-report", "e-invoice", "queue-call", "fuscc-internet-hospital",
                "zhanjiang-5g-emergency")) {
            for (Category category : Category.values()) {
                for (Priority priority : Priority.values()) {
                    if (CONTRACTS.get(contract).getSlaTargets().stream().anyMatch(d -> d.appliesTo(priority, category))) {
                        cases.add(Arguments.of(contract, priority, category));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("contractsAndLevels")
    void warningsAndEscalationsFireAtTheComputedTimes(String code, Priority priority, Category category) {
        startCase();
        Contract contract = CONTRACTS.get(code);
        long id = 100;
        for (SlaTargetDefinition definition : contract.getSlaTargets()) {
            if (!SCHEDULE.applies(contract, definition, priority, category, REPORTED, true)) {
                continue;
            }
            SlaSchedule.Allowance allowance = SCHEDULE.allowance(contract, definition, REPORTED);
            SlaSchedule.Deadlines due = SCHEDULE.deadlines(REPORTED, allowance.amount(), allowance.window(),
                    SCHEDULE.warningRatio(definition), List.of());
            CaseSlaTarget target = FixedTimers.target(REPORTED, allowance);
            Instant manager = SCHEDULE.escalationAt(target, CaseSlaTarget.MANAGER, List.of());
            Instant hospital = SCHEDULE.escalationAt(target, CaseSlaTarget.HOSPITAL, List.of());
            assertThat(due.warning()).as(definition.getCode()).isBefore(due.due());
            assertThat(manager).isAfter(due.due());
            assertThat(hospital).isAfter(manager);

            long targetId = ++id;
            deadlines.put(targetId, new Instant[] {due.warning(), due.due(), manager, hospital});
            arm(targetId);
            assertThat(timer(targetId, SlaWatchProcess.WARNING).getDuedate()).isEqualTo(Date.from(due.warning()));
            assertThat(timer(targetId, SlaWatchProcess.BREACH).getDuedate()).isEqualTo(Date.from(due.due()));

            fireAt(due.warning(), targetId, SlaWatchProcess.WARNING);
            verify(escalations).warn(targetId);
            fireAt(due.due(), targetId, SlaWatchProcess.BREACH);
            verify(escalations).breach(targetId);
            fireAt(manager, targetId, SlaWatchProcess.MANAGER_STEP_DUE);
            verify(escalations).toManager(targetId);
            fireAt(hospital, targetId, SlaWatchProcess.HOSPITAL_STEP_DUE);
            verify(escalations).toHospital(targetId);
            InOrder order = inOrder(escalations);
            order.verify(escalations).warn(targetId);
            order.verify(escalations).breach(targetId);
            order.verify(escalations).toManager(targetId);
            order.verify(escalations).toHospital(targetId);

            close(targetId);
            assertThat(jobsOf(targetId)).isEmpty();
            ClockUtil.setCurrentTime(Date.from(REPORTED));
        }
        assertThat(id).as("the contract promises something for %s %s", priority, category).isGreaterThan(100);
    }

    @Test
    void aPauseMovesTheDeadlinesAndLeavesNoTimerForTheOldOnes() {
        startCase();
        Contract contract = CONTRACTS.get("e-invoice");
        SlaTargetDefinition response = contract.getSlaTargets().stream()
                .filter(d -> d.getCode().equals("FAULT-RESPONSE")).findFirst().orElseThrow();
        Instant reported = shanghai("2026-11-20T09:30");
        SlaSchedule.Allowance allowance = SCHEDULE.allowance(contract, response, reported);
        SlaSchedule.Deadlines before = SCHEDULE.deadlines(reported, allowance.amount(), allowance.window(), 0.75,
                List.of());
        assertThat(before.due()).isEqualTo(shanghai("2026-11-20T10:30"));
        deadlines.put(1L, new Instant[] {before.warning(), before.due(), before.due(), before.due()});
        arm(1L);

        // waiting for the reporter from 09:45 to 10:15: the clock stops, the watcher goes
        ClockUtil.setCurrentTime(Date.from(shanghai("2026-11-20T09:45")));
        close(1L);
        assertThat(jobsOf(1L)).isEmpty();
        ClockUtil.setCurrentTime(Date.from(shanghai("2026-11-20T10:15")));
        List<Period> paused = List.of(new Period(shanghai("2026-11-20T09:45"), shanghai("2026-11-20T10:15")));
        SlaSchedule.Deadlines after = SCHEDULE.deadlines(reported, allowance.amount(), allowance.window(), 0.75, paused);
        assertThat(after.due()).isEqualTo(shanghai("2026-11-20T11:00"));
        assertThat(after.warning()).isEqualTo(shanghai("2026-11-20T10:45"));
        deadlines.put(1L, new Instant[] {after.warning(), after.due(), after.due(), after.due()});
        arm(1L);

        assertThat(jobsOf(1L)).extracting(Job::getDuedate)
                .containsExactlyInAnyOrder(Date.from(after.warning()), Date.from(after.due()));
        ClockUtil.setCurrentTime(Date.from(before.due()));
        assertThat(executableJobs()).as("nothing fires at the old deadline").isEmpty();
        verify(escalations, never()).breach(anyLong());
    }

    @Test
    void aNewLevelReplacesTheWatchedTargets() {
        startCase();
        Contract contract = CONTRACTS.get("queue-call");
        Instant reported = shanghai("2026-11-20T10:00");
        SlaTargetDefinition depart = definition(contract, "P3-DEPART");
        SlaSchedule.Allowance p3 = SCHEDULE.allowance(contract, depart, reported);
        SlaSchedule.Deadlines p3Due = SCHEDULE.deadlines(reported, p3.amount(), p3.window(), 0.75, List.of());
        assertThat(p3Due.due()).as("one working day later").isEqualTo(shanghai("2026-11-23T10:00"));
        deadlines.put(3L, new Instant[] {p3Due.warning(), p3Due.due(), p3Due.due(), p3Due.due()});
        arm(3L);

        // raised to P1 at 10:05: the P3 target ends, P1's response (15 min) and on-site (2 h) targets start
        ClockUtil.setCurrentTime(Date.from(shanghai("2026-11-20T10:05")));
        close(3L);
        long next = 10;
        for (String code : List.of("P1-RESPONSE", "P1-ONSITE")) {
            SlaSchedule.Allowance p1 = SCHEDULE.allowance(contract, definition(contract, code), reported);
            SlaSchedule.Deadlines d = SCHEDULE.deadlines(reported, p1.amount(), p1.window(), 0.75, List.of());
            deadlines.put(++next, new Instant[] {d.warning(), d.due(), d.due(), d.due()});
            arm(next);
        }

        assertThat(jobsOf(3L)).isEmpty();
        assertThat(jobsOf(11L)).extracting(Job::getDuedate).contains(Date.from(shanghai("2026-11-20T10:15")));
        assertThat(jobsOf(12L)).extracting(Job::getDuedate).contains(Date.from(shanghai("2026-11-20T12:00")));
        ClockUtil.setCurrentTime(Date.from(shanghai("2026-11-20T10:15")));
        assertThat(executableJobs()).extracting(Job::getDuedate).allMatch(d -> !d.after(ClockUtil.getCurrentTime()));
    }

    @Test
    void aWatcherNeverWatchesATargetOfAnotherCase() {
        startCase();
        deadlines.put(5L, new Instant[] {REPORTED.plusSeconds(60), REPORTED.plusSeconds(120),
                REPORTED.plusSeconds(180), REPORTED.plusSeconds(240)});
        when(targets.isTargetOfProcess(5L, instance.getId())).thenReturn(false);

        assertThatThrownBy(() -> arm(5L)).hasMessageContaining("SLA target 5 is not a target of the case of process "
                + "instance " + instance.getId());

        assertThat(jobsOf(5L)).isEmpty();
        verify(escalations, never()).warn(anyLong());
    }

    private void fireAt(Instant at, long targetId, String activityId) {
        ClockUtil.setCurrentTime(Date.from(at.minusSeconds(1)));
        assertThat(executableJobs()).as("%s not yet due a second before", activityId)
                .noneMatch(j -> j.getId().equals(timer(targetId, activityId).getId()));
        ClockUtil.setCurrentTime(Date.from(at));
        Job job = timer(targetId, activityId);
        assertThat(job.getDuedate()).isEqualTo(Date.from(at));
        assertThat(executableJobs()).extracting(Job::getId).contains(job.getId());
        engine.getManagementService().executeJob(job.getId());
    }

    private void arm(long targetId) {
        engine.getRuntimeService().createMessageCorrelation(SlaWatchProcess.MESSAGE_ARMED)
                .processInstanceId(instance.getId())
                .setVariable(SlaWatchProcess.ARMED_TARGET_VARIABLE, Variables.longValue(targetId, true))
                .correlate();
    }

    private void close(long targetId) {
        engine.getRuntimeService().createMessageCorrelation(SlaWatchProcess.closingMessage(targetId))
                .processInstanceId(instance.getId()).correlate();
    }

    private List<Job> jobsOf(long targetId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().list()
                .stream().filter(j -> targetOf(j) == targetId).toList();
    }

    private Job timer(long targetId, String activityId) {
        return jobsOf(targetId).stream().filter(j -> activityOf(j).equals(activityId)).findFirst()
                .orElseThrow(() -> new AssertionError("no timer " + activityId + " for target " + targetId));
    }

    private List<Job> executableJobs() {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().list();
    }

    private long targetOf(Job job) {
        Object id = engine.getRuntimeService().getVariable(job.getExecutionId(), SlaWatchProcess.TARGET_VARIABLE);
        return id == null ? -1 : (Long) id;
    }

    private String activityOf(Job job) {
        return engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult().getActivityId();
    }

    private static SlaTargetDefinition definition(Contract contract, String code) {
        return contract.getSlaTargets().stream().filter(d -> d.getCode().equals(code)).findFirst().orElseThrow();
    }

    private static Instant shanghai(String local) {
        return LocalDateTime.parse(local).atZone(WorkingTime.SHANGHAI).toInstant();
    }

    /** The timer dates the SLA engine would give, per target id: warning, due, manager step, hospital step. */
    static final class FixedTimers extends SlaTimers {

        private final Map<Long, Instant[]> dates;

        FixedTimers(Map<Long, Instant[]> dates) {
            super(null, null, null);
            this.dates = dates;
        }

        @Override
        public Date warningAt(Long targetId) {
            return Date.from(dates.get(targetId)[0]);
        }

        @Override
        public Date dueAt(Long targetId) {
            return Date.from(dates.get(targetId)[1]);
        }

        @Override
        public Date managerAt(Long targetId) {
            return Date.from(dates.get(targetId)[2]);
        }

        @Override
        public Date hospitalAt(Long targetId) {
            return Date.from(dates.get(targetId)[3]);
        }

        static CaseSlaTarget target(Instant start, SlaSchedule.Allowance allowance) {
            return SlaFixtures.target(start, allowance);
        }
    }
}
