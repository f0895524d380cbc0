package com.weibao.platform.engine;

import com.weibao.platform.security.Caller;
import java.util.List;

/**
 * The options of a select field in a Camunda Form that depend on who opens it, such as the contracts a user may
 * register a case on. Tasklist gives a start form no variables, so the options cannot come from a process variable
 * ({@code valuesKey}); instead {@link FormChoicesFilter} fills them into the form's schema as the engine API hands
 * it to the caller. The form in {@code forms/} keeps an empty {@code values} list for the field. A bean of this
 * type contributes the options of one field of one form.
 */
public interface FormChoices {

    /** The form's id (its {@code "id"} in the schema, the formRef). */
    String formId();

    /** The key of the select field whose options this provides. */
    String fieldKey();

    /** The options this caller may choose, in the order shown. */
    List<Choice> choicesFor(Caller caller);

    /** One option: what the user reads, and what the form submits. */
    record Choice(String label, String value) {
    }
}
