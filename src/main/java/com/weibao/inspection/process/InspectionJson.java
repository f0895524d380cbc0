package com.weibao.inspection.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/** Writes values as Camunda Json variables, the type Tasklist hands to Camunda Forms as objects. */
@Component
class InspectionJson {

    private final ObjectMapper json;

    InspectionJson(ObjectMapper json) {
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
