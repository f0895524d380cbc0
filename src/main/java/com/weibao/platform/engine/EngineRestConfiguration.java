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
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API (/engine-rest), plus the answers to what the caller got wrong: a form submitted in Tasklist
 * that the case domain refuses (unknown contract, missing resolution, a value longer than its field, ...) is the
 * user's 400 with the reasons, and what the engine refuses inside a call Camunda's resources wrap as a server error
 * (a task that is not there, a tenant the user may not touch) gets the status Camunda gives that refusal itself;
 * a password that breaks the password policy is a 400 naming the rules.
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    /** Camunda refuses a weak password (creating a user, changing a password) with this message and no more. */
    private static final String PASSWORD_POLICY_REFUSAL = "Password does not match policy";

    @Override
    protected void registerAdditionalResources() {
        register(InvalidFormMapper.class);
        register(RefusedByListenerMapper.class);
        register(RefusedFormSubmissionMapper.class);
        register(FormChoicesFilter.class);
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
            if (cause instanceof ProcessEngineException && PASSWORD_POLICY_REFUSAL.equals(cause.getMessage())) {
                return new InvalidFormMapper().toResponse(InvalidRequestException.of("password",
                        "does not match the password policy: " + passwordPolicy()));
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
        if (camunda.getStatus(answered).getStatusCode() >= 500) {
            answered = notFound(e).orElse(answered);
        }
        if (camunda.getStatus(answered).getStatusCode() < 500) {
            RefusedRequests.because(answered.getClass().getSimpleName());
        }
        return camunda.getResponse(answered);
    }

    /** An id that names nothing (see {@link EngineRefusals#isMissingObject}) is the caller's 404. */
    private static Optional<Throwable> notFound(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (EngineRefusals.isMissingObject(cause)) {
                return Optional.of(new RestException(Response.Status.NOT_FOUND, (Exception) cause, cause.getMessage()));
            }
        }
        return Optional.empty();
    }

    private static String passwordPolicy() {
        PasswordPolicy policy = EngineUtil.lookupProcessEngine(null).getIdentityService().getPasswordPolicy();
        return policy.getRules().stream().map(rule -> {
            String n = rule.getParameters() == null || rule.getParameters().isEmpty() ? ""
                    : rule.getParameters().values().iterator().next();
            return switch (rule.getPlaceholder()) {
                case "PASSWORD_POLICY_LENGTH" -> "at least " + n + " characters";
                case "PASSWORD_POLICY_LOWERCASE" -> "at least " + n + " lower-case letter(s)";
                case "PASSWORD_POLICY_UPPERCASE" -> "at least " + n + " upper-case letter(s)";
                case "PASSWORD_POLICY_DIGIT" -> "at least " + n + " digit(s)";
                case "PASSWORD_POLICY_SPECIAL" -> "at least " + n + " special character(s)";
                case "PASSWORD_POLICY_USER_DATA" -> "not the user's id, names or e-mail address";
                default -> rule.getPlaceholder() + " " + rule.getParameters();
            };
        }).collect(Collectors.joining(", "));
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
