package com.weibao.knowledge.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads a Camunda Form's values at the completion of a task; {@link #take} removes what belongs in the article
 * tables, not in the process. A field the create listener gave a value local to the task comes back there when the
 * form is submitted (submit-form sets the task's variables), but in the execution when the task is completed with
 * variables (/complete): what the completion put in the execution wins over the task's own value.
 */
final class ArticleForm {

    private final DelegateTask task;
    private final VariableScope execution;

    ArticleForm(DelegateTask task) {
        this.task = task;
        this.execution = task.getExecution();
    }

    String text(String name) {
        Object value = execution != null && execution.hasVariable(name) ? execution.getVariable(name)
                : task.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    String take(String name) {
        String value = text(name);
        task.removeVariableLocal(name);
        task.removeVariable(name);
        return value;
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
