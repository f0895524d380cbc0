package com.weibao.platform.engine;

import com.weibao.platform.web.InvalidRequestException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
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
        register(RefusedByListenerMapper.class);
        register(RefusedFormSubmissionMapper.class);
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

    /**
     * A form refused by a task listener reaches REST wrapped by the engine (ENGINE-03051) and by Camunda's resource
     * (RestException): still the user's 400 with the reason. Everything else is answered as Camunda answers it.
     */
    static Response refusedOrElseCamunda(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidRequestException invalid) {
                return new InvalidFormMapper().toResponse(invalid);
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(e);
    }

    @Priority(1)
    public static class RefusedByListenerMapper implements ExceptionMapper<ProcessEngineException> {

        @Override
        public Response toResponse(ProcessEngineException e) {
            return refusedOrElseCamunda(e);
        }
    }

    @Priority(1)
    public static class RefusedFormSubmissionMapper implements ExceptionMapper<RestException> {

        @Override
        public Response toResponse(RestException e) {
            return refusedOrElseCamunda(e);
        }
    }
}
