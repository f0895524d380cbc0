package com.weibao.platform.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A feature's reaction to the creation of user tasks of a process it does not own (its BPMN cannot name the
 * feature without a dependency going the wrong way): a bean of this type is called, after the task's own create
 * listeners, for each task it {@link #appliesTo applies to}, inside the engine's transaction. Registered on every
 * parsed user task by {@link TaskCreationHooks}.
 */
public interface TaskCreationHook {

    /** Whether the hook wants the task with this definition key of the process with this key. */
    boolean appliesTo(String processKey, String taskDefinitionKey);

    /** The task is created (its own create listeners have run). */
    void created(DelegateTask task);
}
