package com.weibao.platform.engine;

import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.platform.web.RefusedRequests;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API (/engine-rest), plus the answers to what the caller got wrong: a form submitted in Tasklist
 * that the case domain refuses (unknown contract, missing resolution, a value longer than its field, ...) is the
 * user's 400 with the reasons, and what the engine refuses inside a call Camunda's resources wrap as a server error
 * (a task that is not there, a tenant the user may not touch) gets the status Camunda gives that refusal itself.
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
            return invalid(e.getMessage(), e.getViolations());
        }
    }

    static Response invalid(String message, List<FieldViolation> violations) {
        RefusedRequests.because(violations.stream().map(FieldViolation::field).collect(Collectors.joining(", ")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "InvalidRequestException");
        body.put("message", message);
        body.put("errors", violations);
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /**
     * A form refused by a task listener reaches REST wrapped by the engine (ENGINE-03051) and by Camunda's resource
     * (RestException): still the user's 400 with the reason. A RestException that says 500 about an engine exception
     * Camunda answers with 4xx on its own (task completion wraps "no such task" that way) answers that 4xx.
     * Everything else is answered, and logged, as Camunda answers and logs it.
     */
    static Response refusedOrElseCamunda(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidRequestException invalid) {
                return new InvalidFormMapper().toResponse(invalid);
            }
        }
        Optional<List<FieldViolation>> violations = FieldViolation.in(e);
        if (violations.isPresent()) {
            return invalid(violations.get().stream().map(v -> v.field() + ": " + v.message())
                    .collect(Collectors.joining("; ")), violations.get());
        }
        ExceptionHandlerHelper camunda = ExceptionHandlerHelper.getInstance();
        Throwable answered = e;
        if (e instanceof RestException && camunda.getStatus(e).getStatusCode() >= 500) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ProcessEngineException && camunda.getStatus(cause).getStatusCode() < 500) {
                    answered = cause;
                    break;
                }
            }
        }
        if (camunda.getStatus(answered).getStatusCode() < 500) {
            RefusedRequests.because(answered.getClass().getSimpleName());
        }
        return camunda.getResponse(answered);
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
