package com.weibao.report.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.weibao.cases.process.ProcessTestEngine;
import com.weibao.report.ContractReports;
import com.weibao.report.ReportDocument;
import com.weibao.report.ReportPeriod;
import com.weibao.report.ReportStatus;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of ContractReportProcess with the real delegates and the report service mocked: drafted, reviewed and
 * released by a service manager, acknowledged by the hospital's IT department and archived; returned with remarks,
 * revised, released again and then acknowledged.
 */
@Deployment(resources = {"ContractReportProcess.bpmn"})
class ContractReportProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    private static final long ID = 42L;
    private static final String CONTRACT = "zhanjiang-5g-emergency";
    private static final String IT = "hospital-it-zhanjiang";

    private ContractReports reports;

    @BeforeEach
    void registerBeans() {
        reports = mock(ContractReports.class);
        when(reports.idOfProcess(anyString())).thenReturn(ID);
        String href = "/api/reports/" + CONTRACT + "/2026-11";
        when(reports.stored(ID)).thenReturn(new ContractReports.StoredReport(ID, CONTRACT, "2026-11",
                ReportPeriod.Kind.MONTH, ReportDocument.REPORT, "2026年11月月报", ReportStatus.DRAFT, "待审核", 1, null, null, null, Instant.EPOCH, null, null,
                null, null, href + "/report.docx", href + "/report.xlsx"));
        ReportDelegates delegates = new ReportDelegates();
        Mocks.register("draftContractReport", delegates.draft(reports));
        Mocks.register("releaseContractReport", delegates.release(reports));
        Mocks.register("returnContractReport", delegates.returned(reports));
        Mocks.register("archiveContractReport", delegates.archive(reports));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void draftedReleasedAcknowledgedAndArchived() {
        ProcessInstance instance = start();
        assertThat(instance.getTenantId()).isEqualTo("zhanjiang");
        assertThat(instance).isWaitingAt("Task_DraftReport");
        execute(job(instance));
        verify(reports).idOfProcess(instance.getId());
        assertThat(runtimeService().getVariables(instance.getId())).as("no id that locates the report")
                .doesNotContainKey("reportId")
                .containsEntry("reportTitle", "2026年11月月报")
                .containsEntry("reportDocx", "/api/reports/" + CONTRACT + "/2026-11/report.docx");

        review(instance, "本月运行平稳", "加强夜间值守");
        verify(reports).release(ID, "本月运行平稳", "加强夜间值守", "manager");

        assertThat(instance).isWaitingAt("Task_AcknowledgeReport").task().hasCandidateGroup(IT);
        assertThat(formKey(instance)).isEqualTo("contract-report-acknowledge");
        decide(instance, "ACKNOWLEDGED", null);
        assertThat(instance).isWaitingAt("Task_ArchiveReport");
        verify(reports, never()).acknowledge(ID, "it-zhanjiang");
        execute(job(instance));
        verify(reports).acknowledge(ID, "it-zhanjiang");
        verify(reports, never()).returnWithRemarks(eq(ID), anyString(), anyString());
        assertThat(instance).hasPassedInOrder("Task_DraftReport", "Task_ReviewReport", "Task_ReleaseReport",
                "Task_AcknowledgeReport", "Gateway_Acknowledged", "Task_ArchiveReport")
                .isEnded().hasPassed("EndEvent_ReportArchived");
    }

    @Test
    void returnedWithRemarksRevisedAndAcknowledged() {
        ProcessInstance instance = start();
        runtimeService().setVariable(instance.getId(), "reportId", 7L); // forged: the steps go by the instance
        execute(job(instance));
        review(instance, "初稿", "无");
        decide(instance, "RETURNED", "请补充P1故障的原因分析");
        verify(reports).returnWithRemarks(ID, "请补充P1故障的原因分析", "it-zhanjiang");

        assertThat(instance).isWaitingAt("Task_ReviewReport").task().hasCandidateGroup("managers");
        assertThat(formKey(instance)).isEqualTo("contract-report-review");
        assertThat(runtimeService().getVariable(instance.getId(), "remarks")).isEqualTo("请补充P1故障的原因分析");
        review(instance, "修订稿：已补充原因分析", "升级监控");
        decide(instance, "ACKNOWLEDGED", null);
        execute(job(instance));

        var order = inOrder(reports);
        order.verify(reports).release(ID, "初稿", "无", "manager");
        order.verify(reports).returnWithRemarks(ID, "请补充P1故障的原因分析", "it-zhanjiang");
        order.verify(reports).release(ID, "修订稿：已补充原因分析", "升级监控", "manager");
        order.verify(reports).acknowledge(ID, "it-zhanjiang");
        verify(reports, never()).stored(7L);
        verify(reports, never()).release(eq(7L), anyString(), anyString(), anyString());
        assertThat(instance).hasPassed("Task_RecordReturn").isEnded().hasPassed("EndEvent_ReportArchived");
    }

    private static ProcessInstance start() {
        return runtimeService().createProcessInstanceByKey(ReportProcess.KEY)
                .businessKey(CONTRACT + "/2026-11")
                .setVariables(Map.of("contractCode", CONTRACT, "period", ReportPeriod.parse("2026-11").name(),
                        "hospitalItGroup", IT))
                .execute();
    }

    private static void review(ProcessInstance instance, String summary, String improvements) {
        assertThat(instance).isWaitingAt("Task_ReviewReport").task().hasCandidateGroup("managers");
        completeAs("manager", task(instance), Map.of("summary", summary, "improvements", improvements));
    }

    private static void decide(ProcessInstance instance, String decision, String remarks) {
        assertThat(instance).isWaitingAt("Task_AcknowledgeReport");
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("reportDecision", decision);
        variables.put("remarks", remarks);
        completeAs("it-zhanjiang", task(instance), variables);
    }

    private static void completeAs(String user, Task task, Map<String, Object> variables) {
        engine.getIdentityService().setAuthentication(user, java.util.List.of(), java.util.List.of("zhanjiang"));
        try {
            taskService().complete(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static String formKey(ProcessInstance instance) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).initializeFormKeys()
                .singleResult().getCamundaFormRef().getKey();
    }
}
