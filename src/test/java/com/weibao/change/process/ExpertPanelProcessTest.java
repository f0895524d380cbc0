package com.weibao.change.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.weibao.cases.process.ProcessTestEngine;
import com.weibao.change.ExpertPanel;
import com.weibao.change.ExpertPanelService;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.InvalidRequestException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/**
 * Every path of ExpertPanelProcess with the real steps (ExpertPanelSteps, ExpertPanelRouting) and the panel service
 * mocked: one opinion task per expert of the panel, in parallel and assigned to that expert, each opinion the acting
 * expert's own; the conclusion waits for the last opinion and is the convener's task; then the case and the hospital
 * are told. An empty opinion or conclusion keeps its task open and nobody is told anything.
 */
@Deployment(resources = "ExpertPanelProcess.bpmn")
class ExpertPanelProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    private static final long ID = 11L;

    private ExpertPanelService panels;

    @BeforeEach
    void registerSteps() {
        panels = mock(ExpertPanelService.class);
        EngineCallers callers = mock(EngineCallers.class);
        // as in Tasklist: the person completing the task is its assignee
        when(callers.caller(any(DelegateTask.class), anyString()))
                .thenAnswer(call -> caller(call.<DelegateTask>getArgument(0).getAssignee()));
        when(panels.idOfProcess(anyString())).thenReturn(ID);
        when(panels.expertsOfProcess(anyString())).thenReturn(List.of("engineer1", "engineer2", "manager"));
        ExpertPanel panel = mock(ExpertPanel.class);
        when(panel.getConvenedBy()).thenReturn("lead");
        when(panels.get(ID)).thenReturn(panel);
        ExpertPanelSteps steps = new ExpertPanelSteps();
        Mocks.register("expertPanelStarted", steps.processStarted(panels));
        Mocks.register("expertPanelRouting", new ExpertPanelRouting(panels));
        Mocks.register("expertPanelForm", mock(TaskListener.class));
        Mocks.register("expertOpinionGiven", steps.opinionGiven(panels, callers));
        Mocks.register("panelConclusionRecorded", steps.conclusionRecorded(panels, callers));
        Mocks.register("informHospitalOfConclusion", steps.informHospital(panels));
    }

    @AfterEach
    void clear() {
        Mocks.reset();
    }

    @Test
    void eachExpertGivesAnOpinionInParallelThenTheConvenerConcludesAndTheCaseAndHospitalAreTold() {
        ProcessInstance panel = start();
        verify(panels).bindProcess("HZ-000011", panel.getId());
        assertThat(panel).isWaitingAt(ExpertPanelProcess.GIVE_OPINION);
        List<Task> opinions = taskQuery().processInstanceId(panel.getId()).list();
        org.assertj.core.api.Assertions.assertThat(opinions).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("engineer1", "engineer2", "manager");
        org.assertj.core.api.Assertions.assertThat(opinions).extracting(Task::getTaskDefinitionKey)
                .containsOnly(ExpertPanelProcess.GIVE_OPINION);

        complete(opinionOf(panel, "engineer2"), withVariables("expertOpinion", "数据库连接池耗尽，建议扩容"));
        complete(opinionOf(panel, "manager"), withVariables("expertOpinion", "先限流，再排查慢查询"));
        assertThat(panel).isWaitingAt(ExpertPanelProcess.GIVE_OPINION).hasNotPassed(
                ExpertPanelProcess.RECORD_CONCLUSION);
        verify(panels, never()).conclude(eq(ID), any(), any());
        complete(opinionOf(panel, "engineer1"), withVariables("expertOpinion", "支付网关证书即将过期，需同步更换"));

        assertThat(panel).isWaitingAt(ExpertPanelProcess.RECORD_CONCLUSION);
        assertThat(task(panel)).isAssignedTo("lead").hasCandidateGroupAssociated("leads")
                .hasCandidateGroupAssociated("managers");
        complete(task(panel), withVariables("panelConclusion", "扩容连接池并更换证书，今晚 22:00 实施"));

        assertThat(panel).isEnded().hasPassedInOrder(ExpertPanelProcess.START, ExpertPanelProcess.GIVE_OPINION,
                ExpertPanelProcess.RECORD_CONCLUSION, ExpertPanelProcess.INFORM_HOSPITAL,
                ExpertPanelProcess.END_CONCLUDED);
        verify(panels, atLeastOnce()).idOfProcess(panel.getId()); // by its process instance, never a variable
        InOrder order = inOrder(panels);
        order.verify(panels).giveOpinion(ID, "数据库连接池耗尽，建议扩容", caller("engineer2"));
        order.verify(panels).giveOpinion(ID, "先限流，再排查慢查询", caller("manager"));
        order.verify(panels).giveOpinion(ID, "支付网关证书即将过期，需同步更换", caller("engineer1"));
        order.verify(panels).conclude(ID, "扩容连接池并更换证书，今晚 22:00 实施", caller("lead"));
        order.verify(panels).inform(ID);
    }

    @Test
    void anEmptyOpinionKeepsTheExpertsTaskOpenAndTheOthersRunOn() {
        ProcessInstance panel = start();
        doThrow(InvalidRequestException.of("expertOpinion", "请填写您的会诊意见")).when(panels)
                .giveOpinion(eq(ID), isNull(), eq(caller("engineer1")));
        Task first = opinionOf(panel, "engineer1");
        assertThatThrownBy(() -> complete(first, withVariables("expertOpinion", "  ")))
                .hasRootCauseInstanceOf(InvalidRequestException.class).hasMessageContaining("请填写您的会诊意见");
        org.assertj.core.api.Assertions.assertThat(opinionOf(panel, "engineer1").getId()).isEqualTo(first.getId());

        complete(opinionOf(panel, "engineer2"), withVariables("expertOpinion", "建议回滚"));
        complete(opinionOf(panel, "manager"), withVariables("expertOpinion", "同意回滚"));
        assertThat(panel).isWaitingAt(ExpertPanelProcess.GIVE_OPINION);
        complete(opinionOf(panel, "engineer1"), withVariables("expertOpinion", "同意回滚，并保留现场日志"));
        assertThat(panel).isWaitingAt(ExpertPanelProcess.RECORD_CONCLUSION);
    }

    @Test
    void anEmptyConclusionKeepsTheTaskOpenAndNobodyIsTold() {
        ProcessInstance panel = start();
        for (String expert : List.of("engineer1", "engineer2", "manager")) {
            complete(opinionOf(panel, expert), withVariables("expertOpinion", expert + " 的意见"));
        }
        doThrow(InvalidRequestException.of("panelConclusion", "请填写会诊结论")).when(panels)
                .conclude(eq(ID), isNull(), any());
        assertThatThrownBy(() -> complete(task(panel), withVariables("panelConclusion", null)))
                .hasRootCauseInstanceOf(InvalidRequestException.class).hasMessageContaining("请填写会诊结论");
        assertThat(panel).isWaitingAt(ExpertPanelProcess.RECORD_CONCLUSION);
        verify(panels, never()).inform(anyLong());

        complete(task(panel), withVariables("panelConclusion", "更换证书"));
        assertThat(panel).isEnded().hasPassed(ExpertPanelProcess.INFORM_HOSPITAL);
        verify(panels).inform(ID);
    }

    private static Task opinionOf(ProcessInstance panel, String expert) {
        return taskQuery().processInstanceId(panel.getId()).taskDefinitionKey(ExpertPanelProcess.GIVE_OPINION)
                .taskAssignee(expert).singleResult();
    }

    private static Caller caller(String user) {
        return new Caller(user, user.equals("lead") ? Set.of("leads") : user.equals("manager") ? Set.of("managers")
                : Set.of("engineers"), Set.of());
    }

    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(ExpertPanelProcess.KEY, "HZ-000011",
                Variables.createVariables().putValue("contractCode", "fuscc-internet-hospital"));
    }
}
