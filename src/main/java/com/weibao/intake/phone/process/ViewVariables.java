package com.weibao.intake.phone.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/** Read-only views for task forms as Camunda Json variables, the type Tasklist hands to Camunda Forms as objects. */
@Component
class ViewVariables {

    private final ObjectMapper json;

    ViewVariables(ObjectMapper json) {
        this.json = json;
    }

    JsonValue of(Object value) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + value.getClass(), e);
        }
    }
}
