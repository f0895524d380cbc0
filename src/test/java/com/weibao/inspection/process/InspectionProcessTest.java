package com.weibao.inspection.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.weibao.cases.process.ProcessTestEngine;
import com.weibao.inspection.Deadlines;
import com.weibao.inspection.Department;
import com.weibao.inspection.Inspection;
import com.weibao.inspection.InspectionPlan;
import com.weibao.inspection.InspectionRequest;
import com.weibao.inspection.InspectionResult;
import com.weibao.inspection.InspectionService;
import com.weibao.inspection.InspectionTrigger;
import com.weibao.inspection.ItemEntry;
import com.weibao.inspection.ItemKind;
import com.weibao.inspection.ItemOutcome;
import com.weibao.inspection.Plans;
import com.weibao.inspection.SignOffDecision;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.CallerDirectory;
import com.weibao.platform.web.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/**
 * Every path of InspectionProcess with the real delegates and listeners and the inspection service mocked:
 * on time, the reminder / overdue / escalation timers, findings raising follow-up cases or none, a department
 * sending the report back and then both signing, a start from Tasklist.
 */
@Deployment(resources = "InspectionProcess.bpmn")
class InspectionProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    private static final long ID = 7L;
    private static final Instant START = Instant.parse("2026-12-07T01:00:00Z");
    private static final Deadlines DEADLINES = new Deadlines(Instant.parse("2026-12-10T01:00:00Z"),
            Instant.parse("2026-12-14T10:00:00Z"), Instant.parse("2026-12-16T10:00:00Z"));
    private static final String CLINICAL = "hospital-clinical-zhanjiang";
    private static final String IT = "hospital-it-zhanjiang";

    private InspectionService inspections;
    private CallerDirectory callers;

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(START));
        inspections = mock(InspectionService.class);
        callers = mock(CallerDirectory.class);
        Inspection registered = mock(Inspection.class);
        when(registered.getId()).thenReturn(ID);
        when(registered.getReference()).thenReturn("XJ-000007");
        when(inspections.register(any(), anyString(), any())).thenReturn(registered);
        when(inspections.deadlines(ID)).thenReturn(DEADLINES);
        when(inspections.writeReport(eq(ID), anyString())).thenReturn(1, 2);

        InspectionPlan plan = Plans.zhanjiangMonthly();
        Inspection loaded = mock(Inspection.class);
        when(loaded.getContract()).thenReturn(plan.getContract());
        when(loaded.getPlan()).thenReturn(plan);
        when(loaded.hospitalCode()).thenReturn("zhanjiang");
        when(loaded.requiredDepartments()).thenReturn(List.of(Department.CLINICAL, Department.IT));
        when(loaded.getPerformedBy()).thenReturn("engineer1");
        List<InspectionResult> results = List.of(result("ZJ-01", ItemKind.PASS_FAIL), result("ZJ-07", ItemKind.MEASURE),
                result("ZJ-09", ItemKind.TEXT), result("ZJ-10", ItemKind.ATTACHMENT));
        when(loaded.getResults()).thenReturn(results);
        when(inspections.get(ID)).thenReturn(loaded);
        when(inspections.idOfProcess(anyString())).thenReturn(ID);

        InspectionDelegates delegates = new InspectionDelegates();
        Mocks.register("registerInspection", new RegisterInspectionDelegate(inspections, callers));
        Mocks.register("inspectionForm", mock(TaskListener.class));
        Mocks.register("inspectionRouting", new InspectionRouting(inspections));
        Mocks.register("resultsRecorded", new ResultsRecordedListener(inspections));
        Mocks.register("signOffCompleted", new SignOffCompletedListener(inspections, callers));
        when(callers.caller(anyString())).thenAnswer(call -> {
            String user = call.getArgument(0);
            return new Caller(user, user.startsWith("clinical-") ? Set.of(CLINICAL) : user.startsWith("it-")
                    ? Set.of(IT) : Set.of("leads"), Set.of("zhanjiang"));
        });
        Mocks.register("raiseFollowUps", delegates.raiseFollowUps(inspections));
        Mocks.register("writeInspectionReport", delegates.writeReport(inspections));
        Mocks.register("archiveInspection", delegates.archive(inspections));
        Mocks.register("remindInspection", delegates.remind(inspections));
        Mocks.register("inspectionOverdue", delegates.overdue(inspections));
        Mocks.register("escalateInspection", delegates.escalate(inspections));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void onTimeWithAllThresholdsPassing_signedByBothDepartmentsAndArchived() {
        ProcessInstance instance = startScheduled();

        assertThat(instance.getTenantId()).isEqualTo("zhanjiang");
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("XJ-000007").count()).isOne();
        assertThat(runtimeService().getVariables(instance.getId())).containsEntry("inspectionId", ID)
                .containsEntry("inspectionRef", "XJ-000007").containsEntry("dueAt", Date.from(DEADLINES.dueAt()))
                .doesNotContainKeys("planCode", "trigger", "slotDate", "reason", "requestedBy");
        ArgumentCaptor<InspectionRequest> request = ArgumentCaptor.forClass(InspectionRequest.class);
        verify(inspections).register(request.capture(), eq(instance.getId()), eq(Optional.empty()));
        assertThat(request.getValue()).isEqualTo(new InspectionRequest("zhanjiang-5g-emergency", "monthly",
                InspectionTrigger.SCHEDULED, java.time.LocalDate.of(2026, 12, 7), null, "schedule"));
        assertThat(instance).isWaitingAt(InspectionProcess.PERFORM).task()
                .hasCandidateGroupAssociated("engineers").hasCandidateGroupAssociated("leads");
        Task perform = taskService().createTaskQuery().processInstanceId(instance.getId()).initializeFormKeys()
                .singleResult();
        assertThat(perform.getCamundaFormRef().getKey()).isEqualTo("inspection-checklist-zhanjiang-5g-emergency-monthly");
        assertThat(timerDueDates(instance)).containsOnly(
                Map.entry(InspectionProcess.REMIND_TIMER, Date.from(DEADLINES.remindAt())),
                Map.entry(InspectionProcess.OVERDUE_TIMER, Date.from(DEADLINES.dueAt())),
                Map.entry(InspectionProcess.ESCALATE_TIMER, Date.from(DEADLINES.escalateAt())));

        when(inspections.recordResults(eq(ID), any(), any(), any(), anyString())).thenReturn(0);
        fillInChecklist(instance, "93");
        ArgumentCaptor<List<ItemEntry>> entries = entries();
        verify(inspections).recordResults(eq(ID), entries.capture(), eq(null), eq("建议扩容"), eq("engineer1"));
        assertThat(entries.getValue()).containsExactly(new ItemEntry("ZJ-01", ItemOutcome.PASS, null, null),
                new ItemEntry("ZJ-07", null, new BigDecimal("93.0"), null),
                new ItemEntry("ZJ-09", null, null, "与信息科沟通"), new ItemEntry("ZJ-10", null, null, null));
        assertThat(runtimeService().getVariables(instance.getId())).doesNotContainKeys("ZJ_01_outcome", "ZJ_07_value",
                "ZJ_09_note", "suggestions").containsEntry("newFindings", 0);
        assertThat(managementService().createJobQuery().timers().processInstanceId(instance.getId()).count())
                .as("the timers went with the task").isZero();

        assertThat(instance).isWaitingAt(InspectionProcess.WRITE_REPORT);
        execute(job(instance));
        verify(inspections).writeReport(ID, InspectionProcess.SYSTEM_ACTOR);
        assertThat(signOffTasks(instance)).containsOnlyKeys(CLINICAL, IT);

        signOff(instance, CLINICAL, "clinical-zhanjiang", "SIGNED", null);
        signOff(instance, IT, "it-zhanjiang", "SIGNED", null);
        verify(inspections).signOff(eq(ID), eq(CLINICAL), eq(SignOffDecision.SIGNED), eq(null),
                eq("clinical-zhanjiang"), eq(Optional.of(new Caller("clinical-zhanjiang", Set.of(CLINICAL), Set.of("zhanjiang")))));
        verify(inspections).signOff(eq(ID), eq(IT), eq(SignOffDecision.SIGNED), eq(null), eq("it-zhanjiang"), any());

        assertThat(instance).isWaitingAt(InspectionProcess.ARCHIVE);
        execute(job(instance));
        verify(inspections).archive(ID, InspectionProcess.SYSTEM_ACTOR);
        verify(inspections, never()).raiseFollowUps(anyLong());
        verify(inspections, never()).markOverdue(anyLong());
        assertThat(instance).isEnded().hasPassedInOrder(InspectionProcess.REGISTER, InspectionProcess.PERFORM,
                InspectionProcess.WRITE_REPORT, InspectionProcess.SIGN_OFF, InspectionProcess.ARCHIVE,
                InspectionProcess.END_ARCHIVED).hasNotPassed(InspectionProcess.RAISE_FOLLOW_UPS,
                InspectionProcess.REVISE, InspectionProcess.REMIND);
    }

    @Test
    void failedItemsRaiseFollowUpCasesBeforeTheReport() {
        ProcessInstance instance = startScheduled();
        when(inspections.recordResults(eq(ID), any(), any(), any(), anyString())).thenReturn(2);

        fillInChecklist(instance, "96");

        assertThat(instance).isWaitingAt(InspectionProcess.RAISE_FOLLOW_UPS);
        execute(job(instance));
        verify(inspections).raiseFollowUps(ID);
        assertThat(instance).isWaitingAt(InspectionProcess.WRITE_REPORT);
        assertThat(runtimeService().getVariable(instance.getId(), "newFindings")).isEqualTo(0);
    }

    @Test
    void overdueEscalatesStepByStepWhileTheInspectionWaits() {
        ProcessInstance instance = startScheduled();

        fire(InspectionProcess.REMIND_TIMER, DEADLINES.remindAt());
        verify(inspections).remindDueSoon(ID);
        verify(inspections, never()).markOverdue(anyLong());

        fire(InspectionProcess.OVERDUE_TIMER, DEADLINES.dueAt());
        verify(inspections).markOverdue(ID);
        verify(inspections, never()).escalateOverdue(anyLong());

        fire(InspectionProcess.ESCALATE_TIMER, DEADLINES.escalateAt());
        verify(inspections).escalateOverdue(ID);

        assertThat(instance).isWaitingAt(InspectionProcess.PERFORM).hasPassed(InspectionProcess.REMIND,
                InspectionProcess.MARK_OVERDUE, InspectionProcess.ESCALATE);
        when(inspections.recordResults(eq(ID), any(), any(), any(), anyString())).thenReturn(0);
        fillInChecklist(instance, "50");
        assertThat(instance).isWaitingAt(InspectionProcess.WRITE_REPORT);
    }

    @Test
    void oneDepartmentRejectsTheEngineerRevisesAndBothSignTheNewVersion() {
        ProcessInstance instance = startScheduled();
        when(inspections.recordResults(eq(ID), any(), any(), any(), anyString())).thenReturn(0);
        fillInChecklist(instance, "50");
        execute(job(instance));

        signOff(instance, CLINICAL, "clinical-zhanjiang", "REJECTED", "请写明与谁沟通");

        verify(inspections).signOff(eq(ID), eq(CLINICAL), eq(SignOffDecision.REJECTED), eq("请写明与谁沟通"),
                eq("clinical-zhanjiang"), any());
        assertThat(signOffTasks(instance)).as("the IT department's task of the rejected version is withdrawn")
                .isEmpty();
        assertThat(instance).isWaitingAt(InspectionProcess.REVISE).task().isAssignedTo("engineer1");

        as("engineer1");
        complete(task(instance), withVariables("ZJ_01_outcome", "PASS", "ZJ_07_value", 50.0, "ZJ_09_note",
                "与信息科王工沟通", "suggestions", "建议扩容"));
        verify(inspections, times(2)).recordResults(eq(ID), any(), any(), any(), eq("engineer1"));
        execute(job(instance));
        verify(inspections, times(2)).writeReport(ID, InspectionProcess.SYSTEM_ACTOR);
        assertThat(runtimeService().getVariable(instance.getId(), "reportVersion")).isEqualTo(2);

        assertThat(signOffTasks(instance)).containsOnlyKeys(CLINICAL, IT);
        signOff(instance, IT, "it-zhanjiang", "SIGNED", null);
        signOff(instance, CLINICAL, "clinical-zhanjiang", "SIGNED", null);
        execute(job(instance));
        verify(inspections).archive(ID, InspectionProcess.SYSTEM_ACTOR);
        assertThat(instance).isEnded().hasPassedInOrder(InspectionProcess.SIGN_OFF, InspectionProcess.REVISE,
                InspectionProcess.WRITE_REPORT, InspectionProcess.SIGN_OFF, InspectionProcess.ARCHIVE);
    }

    @Test
    void aRejectionWithoutAnAnswerIsRefusedAndTheTaskStays() {
        ProcessInstance instance = startScheduled();
        when(inspections.recordResults(eq(ID), any(), any(), any(), anyString())).thenReturn(0);
        fillInChecklist(instance, "50");
        execute(job(instance));
        Task clinical = signOffTasks(instance).get(CLINICAL);

        Assertions.assertThatThrownBy(() -> taskService().complete(clinical.getId(),
                        withVariables("signOffDecision", "MAYBE")))
                .hasRootCauseInstanceOf(InvalidRequestException.class).hasMessageContaining("SIGNED or REJECTED");
        assertThat(signOffTasks(instance)).containsOnlyKeys(CLINICAL, IT);
    }

    @Test
    void aHospitalItUserStartsOneInTasklistAndIsCheckedForTheRight() {
        Caller it = new Caller("it-zhanjiang", Set.of(IT), Set.of("zhanjiang"));
        when(callers.caller("it-zhanjiang")).thenReturn(it);
        as("it-zhanjiang");

        ProcessInstance instance = runtimeService().startProcessInstanceByKey(InspectionProcess.KEY,
                withVariables("contractCode", "zhanjiang-5g-emergency", "reason", "急救中心要求", "trigger", "SCHEDULED",
                        "slotDate", "2026-12-07"));

        ArgumentCaptor<InspectionRequest> request = ArgumentCaptor.forClass(InspectionRequest.class);
        verify(inspections).register(request.capture(), eq(instance.getId()), eq(Optional.of(it)));
        assertThat(request.getValue()).as("a person's start is always on demand").isEqualTo(new InspectionRequest(
                "zhanjiang-5g-emergency", null, InspectionTrigger.ON_DEMAND, null, "急救中心要求", "it-zhanjiang"));
        assertThat(instance).isWaitingAt(InspectionProcess.PERFORM);
    }

    private ProcessInstance startScheduled() {
        return runtimeService().createProcessInstanceByKey(InspectionProcess.KEY)
                .setVariables(InspectionVariables.startVariables(new InspectionRequest("zhanjiang-5g-emergency",
                        "monthly", InspectionTrigger.SCHEDULED, java.time.LocalDate.of(2026, 12, 7), null, "schedule")))
                .execute();
    }

    private void fillInChecklist(ProcessInstance instance, String diskUsage) {
        as("engineer1");
        taskService().complete(taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(InspectionProcess.PERFORM).singleResult().getId(), withVariables("ZJ_01_outcome", "PASS", "ZJ_07_value", Double.valueOf(diskUsage),
                "ZJ_09_note", "与信息科沟通", "suggestions", "建议扩容"));
        engine.getIdentityService().clearAuthentication();
    }

    private void signOff(ProcessInstance instance, String group, String user, String decision, String reason) {
        as(user);
        taskService().complete(signOffTasks(instance).get(group).getId(),
                withVariables("signOffDecision", decision, "signOffReason", reason));
        engine.getIdentityService().clearAuthentication();
    }

    /** Works as the user, a member of the hospital's tenant (as Tasklist would). */
    private static void as(String user) {
        engine.getIdentityService().setAuthentication(user, List.of(), List.of("zhanjiang"));
    }

    private Map<String, Task> signOffTasks(ProcessInstance instance) {
        Map<String, Task> byGroup = new java.util.HashMap<>();
        for (Task t : taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(InspectionProcess.SIGN_OFF).list()) {
            taskService().getIdentityLinksForTask(t.getId()).stream().filter(l -> l.getGroupId() != null)
                    .forEach(l -> byGroup.put(l.getGroupId(), t));
        }
        return byGroup;
    }

    private void fire(String timer, Instant at) {
        Job job = managementService().createJobQuery().activityId(timer).singleResult();
        assertThat(job.getDuedate()).isEqualTo(Date.from(at));
        ClockUtil.setCurrentTime(Date.from(at));
        execute(job);
    }

    private Map<String, Date> timerDueDates(ProcessInstance instance) {
        Map<String, Date> due = new java.util.HashMap<>();
        managementService().createJobQuery().timers().processInstanceId(instance.getId()).list().forEach(j -> {
            String activity = managementService().createJobDefinitionQuery().jobDefinitionId(j.getJobDefinitionId())
                    .singleResult().getActivityId();
            due.put(activity, j.getDuedate());
        });
        return due;
    }

    @SuppressWarnings("unchecked")
    private static ArgumentCaptor<List<ItemEntry>> entries() {
        return ArgumentCaptor.forClass(List.class);
    }

    private static InspectionResult result(String code, ItemKind kind) {
        InspectionResult result = mock(InspectionResult.class);
        when(result.getItemCode()).thenReturn(code);
        when(result.getItemName()).thenReturn("项目 " + code);
        when(result.getKind()).thenReturn(kind);
        return result;
    }
}
