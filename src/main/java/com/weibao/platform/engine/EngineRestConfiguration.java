package com.weibao.platform.engine;

import com.weibao.platform.web.InvalidRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API (/engine-rest), plus one mapping: a form submitted in Tasklist that the case domain
 * refuses (unknown contract, missing resolution, ...) is the user's 400 with the reason, not a server error.
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(InvalidFormMapper.class);
    }

    public static class InvalidFormMapper implements ExceptionMapper<InvalidRequestException> {

        @Override
        public Response toResponse(InvalidRequestException e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "InvalidRequestException");
            body.put("message", e.getMessage());
            body.put("errors", e.getViolations());
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body)
                    .build();
        }
    }
}
