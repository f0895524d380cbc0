package com.weibao.platform.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Adds a create and a complete listener to every user task when the engine parses a process (after the task's own
 * listeners), which call the {@link TaskCreationHook} and {@link TaskCompletionHook} beans that apply to it. The
 * hooks are looked up when a task is created or completed, not when the engine is built: they need the features'
 * services, which need the engine.
 */
class TaskCreationHooks extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskCreationHook> hooks;
    private final ObjectProvider<TaskCompletionHook> completionHooks;

    TaskCreationHooks(ObjectProvider<TaskCreationHook> hooks, ObjectProvider<TaskCompletionHook> completionHooks) {
        this.hooks = hooks;
        this.completionHooks = completionHooks;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (!(activity.getProcessDefinition() instanceof ProcessDefinitionEntity process)) {
                    return;
                }
                String processKey = process.getKey();
                String taskKey = activity.getId();
                TaskListener listener = task -> hooks.orderedStream()
                        .filter(h -> h.appliesTo(processKey, taskKey))
                        .forEach(h -> h.created(task));
                TaskListener completion = task -> completionHooks.orderedStream()
                        .filter(h -> h.appliesTo(processKey, taskKey))
                        .forEach(h -> h.completed(task));
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
                definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, completion);
            }
        });
    }
}
