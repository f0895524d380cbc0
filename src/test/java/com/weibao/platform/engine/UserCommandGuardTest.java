package com.weibao.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guard on a real in-memory engine: a signed-in user completes a task and starts a process with the fields of
 * their forms only, and cannot write variables or move a process any other way; Camunda administrators and the
 * application (no user, or the calls a listener makes inside the user's command) can. And the guard knows every
 * command of this engine version that carries variables.
 */
class UserCommandGuardTest {

    private static final String FORM = """
            {"id": "guard-review", "type": "default", "components": [
              {"type": "text", "id": "Text_1", "text": "{{view.summary}}"},
              {"type": "radio", "id": "Field_1", "key": "decision", "values": [{"label": "同意", "value": "OK"}]},
              {"type": "textarea", "id": "Field_2", "key": "note"},
              {"type": "textfield", "id": "Field_3", "key": "shownOnly", "disabled": true},
              {"type": "group", "id": "Group_1", "path": "address", "components": [
                {"type": "textfield", "id": "Field_4", "key": "city"}]},
              {"type": "textfield", "id": "Field_5", "key": "contact.phone"}
            ]}""";
    private static final String START_FORM = """
            {"id": "guard-start", "type": "default", "components": [
              {"type": "textfield", "id": "Field_1", "key": "summary"}]}""";

    private static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:user-command-guard;DB_CLOSE_DELAY=-1");
        configuration.setProcessEngineName("user-command-guard");
        configuration.setJobExecutorActivate(false);
        configuration.setEnforceHistoryTimeToLive(false);
        configuration.getProcessEnginePlugins().add(new UserCommandGuard.Plugin());
        engine = configuration.buildProcessEngine();
        BpmnModelInstance process = Bpmn.createExecutableProcess("GuardProcess").camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Requested").camundaFormRef("guard-start").camundaFormRefBinding("latest")
                .userTask("Task_Review").camundaFormRef("guard-review").camundaFormRefBinding("latest")
                .camundaCandidateGroups("reviewers").camundaTaskListenerClass("complete", ApplicationWrites.class)
                .intermediateCatchEvent("Event_Reply").message("Message_Reply")
                .endEvent().done();
        engine.getRepositoryService().createDeployment().addModelInstance("GuardProcess.bpmn", process)
                .addString("guard-review.form", FORM).addString("guard-start.form", START_FORM).deploy();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    private ProcessInstance instance;
    private Task task;

    @BeforeEach
    void aTaskWaiting() {
        instance = engine.getRuntimeService().startProcessInstanceByKey("GuardProcess",
                Map.of("caseId", 1L, "summary", "打印机故障"));
        task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    @AfterEach
    void signOut() {
        engine.getIdentityService().clearAuthentication();
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
            engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test done");
        }
    }

    @Test
    void aUserCompletesATaskWithTheFieldsOfItsForm() {
        as("it-renmin", "reviewers");

        engine.getFormService().submitTaskForm(task.getId(), Map.of("decision", "OK", "note", "已核实",
                "address", "广州", "contact", "020-1"));

        assertThat(engine.getRuntimeService().getVariables(instance.getId())).containsEntry("decision", "OK")
                .containsEntry("note", "已核实").containsEntry("caseId", 1L)
                .as("the listener's own write, inside the user's command").containsEntry("fromListener", true);
    }

    @Test
    void aFieldOutsideTheFormIsRefusedNamingItAndNothingChanges() {
        as("it-fuscc", "reviewers");

        for (Runnable completion : List.<Runnable>of(
                () -> engine.getTaskService().complete(task.getId(), Map.of("decision", "OK", "caseId", 2L)),
                () -> engine.getFormService().submitTaskForm(task.getId(), Map.of("decision", "OK", "caseId", 2L)),
                () -> engine.getTaskService().resolveTask(task.getId(), Map.of("caseId", 2L)),
                () -> engine.getTaskService().complete(task.getId(), Map.of("shownOnly", "x")))) {
            assertThatThrownBy(completion::run).isInstanceOf(FormFieldValidationException.class)
                    .hasMessageContaining("表单以外的字段").satisfies(refused -> {
                        InvalidRequestException invalid = (InvalidRequestException) refused.getCause();
                        assertThat(invalid.getViolations()).extracting(FieldViolation::field)
                                .containsAnyOf("caseId", "shownOnly");
                        assertThat(invalid.getViolations()).allSatisfy(v -> assertThat(v.message())
                                .contains("is not a field of form 'guard-review'"));
                    });
        }

        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(engine.getRuntimeService().getVariables(instance.getId())).containsEntry("caseId", 1L)
                .doesNotContainKeys("decision", "fromListener", "shownOnly");
    }

    @Test
    void aUserStartsAProcessWithTheFieldsOfItsStartFormOnly() {
        as("agent", "agents");

        String started = engine.getRuntimeService().startProcessInstanceByKey("GuardProcess",
                Map.of("summary", "网络中断")).getId();
        assertThat(engine.getRuntimeService().getVariable(started, "summary")).isEqualTo("网络中断");
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("GuardProcess").singleResult().getId();
        long before = engine.getRuntimeService().createProcessInstanceQuery().count();

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("GuardProcess",
                Map.of("summary", "x", "caseId", 2L))).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("caseId");
        assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition, Map.of("caseId", 2L)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("caseId");
        assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceByKey("GuardProcess")
                .startBeforeActivity("Task_Review").execute()).isInstanceOf(AuthorizationException.class);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
        engine.getRuntimeService().deleteProcessInstance(started, "test done");
    }

    @Test
    void variablesAndTokensAreTheApplicationsAndTheAdministrators() {
        String executionId = task.getExecutionId();
        List<Runnable> writes = List.of(
                () -> engine.getRuntimeService().setVariable(instance.getId(), "caseId", 2L),
                () -> engine.getRuntimeService().setVariableLocal(executionId, "caseId", 2L),
                () -> engine.getRuntimeService().removeVariable(instance.getId(), "caseId"),
                () -> engine.getTaskService().setVariable(task.getId(), "caseId", 2L),
                () -> engine.getTaskService().setVariableLocal(task.getId(), "caseId", 2L),
                () -> engine.getTaskService().removeVariableLocal(task.getId(), "summary"),
                () -> engine.getRuntimeService().createMessageCorrelation("Message_Reply")
                        .processInstanceId(instance.getId()).setVariable("caseId", 2L).correlateAll(),
                () -> engine.getRuntimeService().signalEventReceived("anything", executionId, Map.of("caseId", 2L)),
                () -> engine.getRuntimeService().createProcessInstanceModification(instance.getId())
                        .startBeforeActivity("Task_Review").setVariable("caseId", 2L).execute(),
                () -> engine.getTaskService().handleBpmnError(task.getId(), "E", "m", Map.of("caseId", 2L)));

        as("manager", "managers");
        for (Runnable write : writes) {
            assertThatThrownBy(write::run).isInstanceOf(AuthorizationException.class)
                    .hasMessageContaining("只能通过完成任务表单提交").hasMessageContaining("manager may not");
        }
        assertThat(engine.getRuntimeService().getVariables(instance.getId())).containsEntry("caseId", 1L)
                .containsEntry("summary", "打印机故障");

        as("admin", "camunda-admin");
        engine.getRuntimeService().setVariable(instance.getId(), "repairedBy", "admin");
        engine.getIdentityService().clearAuthentication();
        engine.getRuntimeService().setVariable(instance.getId(), "setBy", "application");
        assertThat(engine.getRuntimeService().getVariables(instance.getId())).containsEntry("repairedBy", "admin")
                .containsEntry("setBy", "application");
    }

    @Test
    void theFieldsOfAFormAreItsKeyedFieldsTopLevelVariables() {
        assertThat(UserCommandGuard.fields(new ByteArrayInputStream(FORM.getBytes(StandardCharsets.UTF_8))))
                .containsExactlyInAnyOrder("decision", "note", "address", "contact");
    }

    /**
     * Every command of the engine that carries variables or a builder (which may carry them) is either looked at by
     * the guard or named here with the reason it cannot steer a process: a new engine version with a new way to
     * write variables fails this test instead of slipping past the guard.
     */
    @Test
    void theGuardKnowsEveryCommandThatCarriesVariables() throws IOException {
        Set<String> harmless = Set.of(
                "cmd.DeployCmd", // deployments: Camunda's CREATE on DEPLOYMENT, administrators only
                "cmd.CreateMigrationPlanCmd", // a plan, changes nothing
                "migration.MigrateProcessInstanceCmd", // MIGRATE_INSTANCE: administrators only
                "migration.batch.MigrateProcessInstanceBatchCmd",
                "cmd.FetchExternalTasksCmd", // no process of Weibao has external tasks
                "cmd.SetUserInfoCmd", // a user's account details
                "cmd.SetExternalTasksRetriesCmd", "cmd.SetExternalTasksRetriesBatchCmd", // retries, no variables
                "cmd.UpdateProcessInstancesSuspendStateCmd", "cmd.UpdateProcessInstancesSuspendStateBatchCmd",
                "cmd.batch.removaltime.SetRemovalTimeToHistoricBatchesCmd", // history clean-up
                "cmd.batch.removaltime.SetRemovalTimeToHistoricDecisionInstancesCmd",
                "cmd.batch.removaltime.SetRemovalTimeToHistoricProcessInstancesCmd",
                "jobexecutor.historycleanup.HistoryCleanupSchedulerCmd");
        List<String> unknown = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        String jar = CompleteTaskCmd.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        try (JarFile engineJar = new JarFile(jar)) {
            for (Enumeration<JarEntry> entries = engineJar.entries(); entries.hasMoreElements(); ) {
                String entry = entries.nextElement().getName();
                if (!entry.startsWith("org/camunda/bpm/engine/impl/") || !entry.endsWith(".class")
                        || entry.contains("/cmmn/") || entry.contains("/dmn/")) {
                    continue;
                }
                Class<?> type = load(entry.replace('/', '.').replace(".class", ""));
                if (type == null || !Command.class.isAssignableFrom(type) || type.isInterface()
                        || Modifier.isAbstract(type.getModifiers()) || isQuery(type) || !carriesVariables(type)) {
                    continue;
                }
                String name = type.getName().substring("org.camunda.bpm.engine.impl.".length());
                seen.add(name);
                if (!UserCommandGuard.covers(type) && !harmless.contains(name)) {
                    unknown.add(name);
                }
            }
        }
        assertThat(seen).as("the scan finds the commands").contains("cmd.CompleteTaskCmd", "cmd.SetTaskVariablesCmd",
                "cmd.CorrelateMessageCmd", "cmd.ModifyProcessInstanceCmd");
        assertThat(unknown).as("commands that carry variables, unknown to UserCommandGuard").isEmpty();
    }

    private void as(String user, String group) {
        engine.getIdentityService().setAuthentication(user, List.of(group));
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, UserCommandGuardTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError optionalDependencyMissing) {
            return null;
        }
    }

    private static boolean isQuery(Class<?> type) {
        return org.camunda.bpm.engine.query.Query.class.isAssignableFrom(type)
                || org.camunda.bpm.engine.query.NativeQuery.class.isAssignableFrom(type)
                || type.getSimpleName().endsWith("ReportImpl");
    }

    private static boolean carriesVariables(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Field[] fields;
            try {
                fields = c.getDeclaredFields();
            } catch (LinkageError optionalDependencyMissing) {
                return false;
            }
            for (Field field : fields) {
                if (Map.class.isAssignableFrom(field.getType()) || field.getType().getSimpleName().endsWith("BuilderImpl")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A listener that writes a variable through the engine's service while the user's completion runs. */
    public static class ApplicationWrites implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
            task.getProcessEngineServices().getRuntimeService().setVariable(task.getProcessInstanceId(),
                    "fromListener", true);
        }
    }
}
