package com.weibao.platform.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A feature's reaction to the completion of user tasks of a process it does not own, the counterpart of
 * {@link TaskCreationHook}: called after the task's own complete listeners, inside the engine's transaction, so an
 * exception refuses the completion. Registered on every parsed user task by {@link TaskCreationHooks}.
 */
public interface TaskCompletionHook {

    /** Whether the hook wants the task with this definition key of the process with this key. */
    boolean appliesTo(String processKey, String taskDefinitionKey);

    /** The task is being completed (its own complete listeners have run). */
    void completed(DelegateTask task);
}
