package com.weibao.quality.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.weibao.cases.process.ProcessTestEngine;
import com.weibao.platform.engine.EngineCalls;
import com.weibao.platform.engine.JsonVariables;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.platform.web.NotFoundException;
import com.weibao.quality.ComplaintService;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of ComplaintProcess with the real listener, routing and delegates and the complaint service mocked: a
 * complaint (against a case, or the service) reaches the service managers' group with the contract's deadline and its
 * answer reaches the complainant; against an engineer who is a manager too it goes to the other managers only and he
 * can neither claim nor complete it; the deadline passes → the handlers are reminded and the task stays; a task of
 * another instance finds no complaint whatever its variables say.
 */
@Deployment(resources = "ComplaintProcess.bpmn")
class ComplaintProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    private static final long ID = 7L;
    private static final Instant DUE = Instant.parse("2026-12-09T10:00:00Z");

    private ComplaintService complaints;

    @BeforeEach
    void registerBeans() {
        complaints = mock(ComplaintService.class);
        Mocks.register("complaintTask", new ComplaintTaskListener(complaints, mock(JsonVariables.class)));
        Mocks.register("complaintRouting", new ComplaintRouting(complaints));
        ComplaintDelegates delegates = new ComplaintDelegates();
        Mocks.register("complaintOverdue", delegates.complaintOverdue(complaints));
        Mocks.register("complaintAnswered", delegates.complaintAnswered(complaints));
        when(complaints.card(ID)).thenReturn(Map.of("reference", "TS-7"));
        when(complaints.handlers(ID)).thenReturn(new ComplaintService.Handlers(List.of("managers"), List.of()));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void aComplaintReachesTheServiceManagersWithTheDeadline_andTheAnswerReachesTheComplainant() {
        ProcessInstance instance = start();
        assertThat(instance.getTenantId()).isEqualTo("zhanjiang");
        assertThat(instance.getBusinessKey()).isEqualTo("complaint:TS-7");
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count())
                .as("nothing before the start's wait is done").isZero();
        execute(job(ComplaintProcess.START, instance));

        assertThat(instance).isWaitingAt(ComplaintProcess.INVESTIGATE).task().hasCandidateGroup("managers")
                .hasDueDate(Date.from(DUE));
        Task investigate = taskService().createTaskQuery().processInstanceId(instance.getId()).initializeFormKeys()
                .singleResult();
        assertThat(investigate.getCamundaFormRef().getKey()).isEqualTo("complaint-handle");
        Job overdue = managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(overdue.getDuedate()).isEqualTo(Date.from(DUE));

        completeAs(instance, "manager", Map.of("investigation", "调取通话录音，工程师答复生硬", "substantiated", "YES",
                "measures", "工程师书面检讨，组长复训", "complaintReply", "已核实并致歉，已安排整改"));
        verify(complaints).answer(ID, "调取通话录音，工程师答复生硬", true, "工程师书面检讨，组长复训", "已核实并致歉，已安排整改",
                "manager");
        assertThat(instance).isWaitingAt(ComplaintProcess.INFORM);
        verify(complaints, never()).informComplainant(anyLong());
        execute(job(ComplaintProcess.INFORM, instance));

        verify(complaints).informComplainant(ID);
        assertThat(instance).isEnded().hasPassedInOrder(ComplaintProcess.INVESTIGATE, ComplaintProcess.INFORM,
                ComplaintProcess.END_ANSWERED).hasNotPassed(ComplaintProcess.REMIND);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableNameIn("investigation", "substantiated", "measures", "complaintReply").count())
                .as("the answers live in the complaint table, not in the process").isZero();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableNameLike("%omplaintId%").count()).as("no complaint id travels in the process").isZero();
    }

    @Test
    void againstAnEngineerWhoIsAManager_theOtherManagersAlone_heCanNeitherClaimNorComplete() {
        when(complaints.handlers(ID)).thenReturn(new ComplaintService.Handlers(List.of(), List.of("manager2")));
        doThrow(new ComplaintService.NotAllowedToHandle("manager")).when(complaints).checkMayHandle(ID, "manager");
        ProcessInstance instance = startAndWait();

        Task investigate = task(instance);
        List<IdentityLink> links = taskService().getIdentityLinksForTask(investigate.getId());
        assertThat(links).extracting(IdentityLink::getUserId).containsExactly("manager2");
        assertThat(links).extracting(IdentityLink::getGroupId).containsOnlyNulls();

        assertThatThrownBy(() -> taskService().claim(investigate.getId(), "manager"))
                .hasRootCauseInstanceOf(InvalidRequestException.class).hasMessageContaining("不能由其调查处理");
        assertThat(task(instance).getAssignee()).as("the claim was rolled back").isNull();
        assertThatThrownBy(() -> completeAs(instance, "manager", Map.of("investigation", "我没有问题",
                "substantiated", "NO", "complaintReply", "不属实"))).hasRootCauseInstanceOf(InvalidRequestException.class);
        verify(complaints, never()).answer(anyLong(), any(), any(), any(), any(), anyString());
        assertThat(instance).isWaitingAt(ComplaintProcess.INVESTIGATE);

        taskService().claim(investigate.getId(), "manager2");
        completeAs(instance, "manager2", Map.of("investigation", "核实工单记录", "substantiated", "NO",
                "complaintReply", "经核实，工程师按时到场"));
        verify(complaints).answer(ID, "核实工单记录", false, null, "经核实，工程师按时到场", "manager2");
    }

    @Test
    void theDeadlinePasses_theHandlersAreReminded_andTheTaskStays() {
        ProcessInstance instance = startAndWait();

        execute(job(ComplaintProcess.RESPONSE_OVERDUE, instance));
        assertThat(instance).isWaitingAt(ComplaintProcess.INVESTIGATE, ComplaintProcess.REMIND);
        execute(job(ComplaintProcess.REMIND, instance));

        verify(complaints).overdue(ID);
        assertThat(instance).isWaitingAt(ComplaintProcess.INVESTIGATE)
                .hasPassed(ComplaintProcess.REMIND, ComplaintProcess.END_REMINDED);
        completeAs(instance, "manager", Map.of("investigation", "逾期后处理", "substantiated", "NO",
                "complaintReply", "已电话说明"));
        execute(job(ComplaintProcess.INFORM, instance));
        verify(complaints).informComplainant(ID);
        assertThat(instance).isEnded().hasPassed(ComplaintProcess.END_ANSWERED);
    }

    @Test
    void aTaskOfAnotherInstanceFindsNoComplaint_whateverItsVariablesSay() {
        ProcessInstance stray = runtimeService().startProcessInstanceByKey(ComplaintProcess.KEY, "complaint:TS-8",
                Variables.createVariables().putValue("complaintId", ID).putValue(ComplaintProcess.CONTRACT_CODE,
                        "zhanjiang-5g-emergency").putValue(ComplaintProcess.DUE_AT, Date.from(DUE)));
        when(complaints.idOfProcess(stray.getId())).thenThrow(new NotFoundException(
                "no complaint of process instance " + stray.getId()));

        assertThatThrownBy(() -> execute(job(ComplaintProcess.START, stray)))
                .hasRootCauseInstanceOf(NotFoundException.class);
        verify(complaints, never()).card(anyLong());
        verify(complaints, never()).handlers(anyLong());
    }

    /** Started as the complaint service starts it, through the real workflow adapter. */
    private ProcessInstance start() {
        EngineCalls calls = mock(EngineCalls.class);
        when(calls.asApplication(any())).thenAnswer(call -> call.<Supplier<?>>getArgument(0).get());
        String id = new CamundaComplaintWorkflow(runtimeService(), engine.getIdentityService(), calls)
                .start("TS-7", "zhanjiang-5g-emergency", DUE);
        when(complaints.idOfProcess(id)).thenReturn(ID);
        return runtimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private ProcessInstance startAndWait() {
        ProcessInstance instance = start();
        execute(job(ComplaintProcess.START, instance));
        assertThat(instance).isWaitingAt(ComplaintProcess.INVESTIGATE);
        return instance;
    }

    private void completeAs(ProcessInstance instance, String user, Map<String, Object> form) {
        Task current = task(instance);
        engine.getIdentityService().setAuthentication(user, List.of(), List.of("zhanjiang"));
        try {
            taskService().complete(current.getId(), new HashMap<>(form));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
