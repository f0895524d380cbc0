package com.weibao.cases.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/** Writes values as Camunda Json variables, the type Tasklist hands to Camunda Forms as objects. */
@Component
class JsonVariables {

    private final ObjectMapper json;

    JsonVariables(ObjectMapper json) {
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
