package com.weibao.knowledge.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads a Camunda Form's values; {@link #take} removes what belongs in the article tables, not in the process. */
final class ArticleForm {

    private final VariableScope scope;

    ArticleForm(VariableScope scope) {
        this.scope = scope;
    }

    String text(String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    String take(String name) {
        String value = text(name);
        scope.removeVariable(name);
        scope.removeVariableLocal(name);
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
