package com.weibao.platform.engine;

import com.weibao.platform.web.InvalidRequestException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API (/engine-rest), plus two mappings: a form submitted in Tasklist that the case domain
 * refuses (unknown contract, missing resolution, ...) and a password that breaks the password policy are the
 * user's 400 with the reason, not a server error.
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
            if (cause instanceof ProcessEngineException && PASSWORD_POLICY_REFUSAL.equals(cause.getMessage())) {
                return new InvalidFormMapper().toResponse(InvalidRequestException.of("password",
                        "does not match the password policy: " + passwordPolicy()));
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(e);
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
