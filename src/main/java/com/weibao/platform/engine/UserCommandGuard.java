package com.weibao.platform.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.platform.web.RefusedRequests;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractProcessInstanceModificationCommand;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.ExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person may change in a running process, checked for every engine command a signed-in user gives: through
 * Camunda's REST API, through Tasklist, Cockpit and Admin (the webapps' own API), and through Java calls made with the
 * user's engine authentication.
 * <ul>
 *   <li>Completing a task or submitting its form (also resolving a delegated task) carries only the fields of the
 *   task's Camunda Form; anything else is refused naming it (400), and nothing changes.</li>
 *   <li>Starting a process carries only the fields of its start form.</li>
 *   <li>Everything else that writes process variables or moves a process (setting, changing or removing variables of
 *   a task, an execution or a process instance; message correlation; signals; process instance modification and
 *   restart; starting at an activity; BPMN errors and escalations from a task; external tasks; conditional start)
 *   belongs to the application, and to Camunda administrators for repairs: refused for every other user (403).</li>
 * </ul>
 * The application's own engine calls run without a user (EngineCalls.asApplication, the job executor, intake) and
 * the calls a listener or delegate makes inside a user's command belong to that command, so neither is checked.
 * This is the one class that reads Camunda's command classes (engine internals, Camunda 7.24).
 */
final class UserCommandGuard extends CommandInterceptor {

    private static final Logger log = LoggerFactory.getLogger(UserCommandGuard.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Commands that write variables or move a process other than through a form: the application's. */
    private static final List<Class<?>> APPLICATION_ONLY = List.of(AbstractVariableCmd.class,
            AbstractPatchVariablesCmd.class, SetVariablesToProcessInstancesBatchCmd.class,
            AbstractCorrelateMessageCmd.class, CorrelateAllMessageBatchCmd.class, MessageEventReceivedCmd.class,
            SignalCmd.class, SignalEventReceivedCmd.class, StartProcessInstanceAtActivitiesCmd.class,
            ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, AbstractModificationCmd.class,
            AbstractProcessInstanceModificationCommand.class, AbstractRestartProcessInstanceCmd.class,
            HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class, ExternalTaskCmd.class,
            EvaluateStartConditionCmd.class);

    private static final Map<String, Field> FIELDS = new ConcurrentHashMap<>();

    /** Puts a guard in front of each of the engine's command chains. */
    static final class Plugin extends AbstractProcessEnginePlugin {

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            // one guard per chain: an interceptor knows the next one of its own chain
            configuration.setCustomPreCommandInterceptorsTxRequired(with(
                    configuration.getCustomPreCommandInterceptorsTxRequired(), new UserCommandGuard(configuration)));
            configuration.setCustomPreCommandInterceptorsTxRequiresNew(with(
                    configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new UserCommandGuard(configuration)));
        }

        private static List<CommandInterceptor> with(List<CommandInterceptor> chain, CommandInterceptor guard) {
            List<CommandInterceptor> all = chain == null ? new ArrayList<>() : new ArrayList<>(chain);
            all.add(guard);
            return all;
        }
    }

    private final ProcessEngineConfigurationImpl engine;

    UserCommandGuard(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() == null) {
            Authentication user = engine.getIdentityService().getCurrentAuthentication();
            if (user != null && user.getUserId() != null) {
                check(command, user);
            }
        }
        return next.execute(command);
    }

    private void check(Command<?> command, Authentication user) {
        if (command instanceof CompleteTaskCmd) {
            taskForm(user, field(command, "taskId"), variableNames(field(command, "variables")));
        } else if (command instanceof SubmitTaskFormCmd) {
            taskForm(user, field(command, "taskId"), variableNames(field(command, "properties")));
        } else if (command instanceof SubmitStartFormCmd) {
            startForm(user, field(command, "processDefinitionId"), variableNames(field(command, "variables")));
        } else if (command instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl start = field(command, "instantiationBuilder");
            Set<String> names = variableNames(start.getVariables());
            if (!names.isEmpty()) {
                startForm(user, definitionId(start), names);
            }
        } else if (APPLICATION_ONLY.stream().anyMatch(type -> type.isInstance(command)) && !isAdmin(user)) {
            String operation = command.getClass().getSimpleName().replaceAll("Cmd$", "");
            log.debug("Refused {} by {}: process variables and tokens are the application's", operation,
                    user.getUserId());
            RefusedRequests.because(operation + " is the application's");
            throw new AuthorizationException("流程变量与流程走向由系统维护，只能通过完成任务表单提交。 " + user.getUserId()
                    + " may not " + operation + ": a running process's variables are set only through the forms of "
                    + "its tasks (Camunda administrators excepted)");
        }
    }

    private void taskForm(Authentication user, String taskId, Set<String> submitted) {
        if (submitted.isEmpty()) {
            return;
        }
        Task task = engine.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            return; // not there, or not the user's to see: the command itself says so
        }
        String form = task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey();
        Set<String> fields = form == null ? Set.of() : fields(engine.getFormService().getDeployedTaskForm(taskId));
        refuseOthers(user, "task " + task.getTaskDefinitionKey() + " (" + taskId + ")", form, fields, submitted);
    }

    private void startForm(Authentication user, String processDefinitionId, Set<String> submitted) {
        if (submitted.isEmpty()) {
            return;
        }
        Set<String> fields;
        try {
            fields = fields(engine.getFormService().getDeployedStartForm(processDefinitionId));
        } catch (BadUserRequestException noStartForm) {
            fields = Set.of();
        }
        refuseOthers(user, "the start of " + processDefinitionId, null, fields, submitted);
    }

    private static void refuseOthers(Authentication user, String what, String form, Set<String> fields,
                                     Set<String> submitted) {
        List<String> others = submitted.stream().filter(name -> !fields.contains(name)).toList();
        if (others.isEmpty()) {
            return;
        }
        log.debug("Refused variables {} from {} for {}: not fields of its form", others, user.getUserId(), what);
        String reason = "is not a field of " + (form == null ? "the form" : "form '" + form + "'")
                + "; a task or start takes only its form's fields";
        String message = "提交的内容含有表单以外的字段：" + String.join("、", others) + "。只能提交表单中的字段，本次提交未作任何更改。";
        InvalidRequestException refused = new InvalidRequestException(message, others.stream()
                .map(name -> new FieldViolation(name, reason)).toList());
        throw new FormFieldValidationException(others, message, refused);
    }

    /** The fields a Camunda Form submits: each keyed field's top-level variable (a group's or list's path). */
    static Set<String> fields(InputStream form) {
        try (form) {
            Set<String> fields = new TreeSet<>();
            collect(JSON.readTree(form), fields);
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException("an unreadable Camunda Form", e);
        }
    }

    private static void collect(JsonNode container, Set<String> fields) {
        for (JsonNode component : container.path("components")) {
            String path = component.path("path").asText("");
            if (!path.isBlank()) {
                fields.add(topLevel(path));
                continue;
            }
            String key = component.path("key").asText("");
            if (!key.isBlank() && !component.path("disabled").asBoolean(false)) {
                fields.add(topLevel(key));
            }
            collect(component, fields);
        }
    }

    private static String topLevel(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    private boolean isAdmin(Authentication user) {
        List<String> adminUsers = engine.getAdminUsers();
        List<String> adminGroups = engine.getAdminGroups();
        return adminUsers != null && adminUsers.contains(user.getUserId())
                || adminGroups != null && user.getGroupIds() != null
                && user.getGroupIds().stream().anyMatch(adminGroups::contains);
    }

    private String definitionId(ProcessInstantiationBuilderImpl start) {
        if (start.getProcessDefinitionId() != null) {
            return start.getProcessDefinitionId();
        }
        ProcessDefinitionQuery query = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(start.getProcessDefinitionKey()).latestVersion();
        if (start.isProcessDefinitionTenantIdSet()) {
            query = start.getProcessDefinitionTenantId() == null ? query.withoutTenantId()
                    : query.tenantIdIn(start.getProcessDefinitionTenantId());
        }
        List<ProcessDefinition> found = query.list();
        if (found.size() != 1) {
            throw new BadUserRequestException("cannot tell which process definition '"
                    + start.getProcessDefinitionKey() + "' to start");
        }
        return found.get(0).getId();
    }

    private static Set<String> variableNames(Object variables) {
        if (variables == null) {
            return Set.of();
        }
        return new TreeSet<>(((Map<?, ?>) variables).keySet().stream().map(String::valueOf).toList());
    }

    /** A field of one of Camunda's command classes, which has no getter for it. */
    @SuppressWarnings("unchecked")
    private static <V> V field(Object command, String name) {
        Field field = FIELDS.computeIfAbsent(command.getClass().getName() + "#" + name,
                key -> findField(command.getClass(), name));
        try {
            return (V) field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + name + " of " + command.getClass().getName(), e);
        }
    }

    private static Field findField(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new IllegalStateException(type.getName() + " has no field " + name + ": check UserCommandGuard against "
                + "this Camunda version");
    }

    /** Whether the guard looks at commands of this type: form-checked, or the application's only. */
    static boolean covers(Class<?> commandType) {
        return CompleteTaskCmd.class.isAssignableFrom(commandType) || commandType == SubmitTaskFormCmd.class
                || commandType == SubmitStartFormCmd.class || commandType == StartProcessInstanceCmd.class
                || APPLICATION_ONLY.stream().anyMatch(type -> type.isAssignableFrom(commandType));
    }
}
