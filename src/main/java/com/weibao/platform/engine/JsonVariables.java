package com.weibao.platform.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * Writes values as Camunda Json variables, the type Tasklist hands to Camunda Forms as objects (the read-only views
 * of a case, an inspection or a call in their task forms).
 */
@Component
public class JsonVariables {

    private final ObjectMapper json;

    public JsonVariables(ObjectMapper json) {
        this.json = json;
    }

    public JsonValue of(Object value) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + value.getClass(), e);
        }
    }
}
