package com.weibao.platform.engine;

import com.weibao.platform.web.ConflictException;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.platform.web.NotFoundException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * What the engine refuses because of the caller is the caller's mistake, not an engine error: it reaches the
 * caller as a 4xx and is not logged with a stack trace (the request's one log line is {@code RefusedRequests}').
 * The one place that hooks into the engine's internals for this:
 * <ul>
 * <li>the tenant check refuses with a plain ProcessEngineException (ENGINE-13034, "belongs to no authenticated
 * tenant"), which Camunda's REST APIs (/engine-rest and the webapps' own) answer with 500; it is thrown again as
 * the {@link AuthorizationException} it is, which they answer with 403;</li>
 * <li>the command context logs every failed command at ERROR with its trace unless Camunda itself counts it as the
 * caller's (bad request, authorization, concurrent change); Weibao's refusals (a form the domain refuses, an
 * unknown case, an over-long field) and the other engine exceptions Camunda's REST answers with 4xx are logged
 * like those, at DEBUG.</li>
 * </ul>
 * Genuine errors stay as they were: ERROR with their trace.
 */
class EngineRefusals extends AbstractProcessEnginePlugin {

    static final String UNAUTHORIZED_TENANT = "ENGINE-13034";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CommandContextFactory contexts = new CommandContextFactory() {
            @Override
            public CommandContext createCommandContext() {
                return new RefusalAwareCommandContext(processEngineConfiguration);
            }
        };
        contexts.setProcessEngineConfiguration(configuration);
        configuration.setCommandContextFactory(contexts);
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(new TenantRefusalInterceptor());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
        List<CommandInterceptor> requiresNew = configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequiresNew());
        requiresNew.add(new TenantRefusalInterceptor());
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(requiresNew);
    }

    /** Whether the exception, or one it wraps, says the caller asked for something wrong or forbidden. */
    static boolean isCallersMistake(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof InvalidRequestException || e instanceof NotFoundException
                    || e instanceof ConflictException || e instanceof ConstraintViolationException
                    || e instanceof BadUserRequestException || e instanceof AuthorizationException
                    || e instanceof NotValidException || e instanceof MismatchingMessageCorrelationException
                    || e instanceof org.camunda.bpm.engine.exception.NotFoundException
                    || e instanceof OptimisticLockingException || isTenantRefusal(e) || isMissingObject(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Camunda reports an id that names nothing (completing a task that is not there) as a null value, which it also
     * uses for its own defects; only its "Cannot find ..." form is the caller's.
     */
    static boolean isMissingObject(Throwable e) {
        return e instanceof NullValueException && e.getMessage() != null && e.getMessage().startsWith("Cannot find ");
    }

    static boolean isTenantRefusal(Throwable e) {
        return e.getClass() == ProcessEngineException.class && e.getMessage() != null
                && e.getMessage().startsWith(UNAUTHORIZED_TENANT);
    }

    /** Inside the command context, so the context sees (and logs) the refusal as what it is. */
    static final class TenantRefusalInterceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                if (isTenantRefusal(e)) {
                    AuthorizationException refused = new AuthorizationException(e.getMessage());
                    refused.initCause(e);
                    throw refused;
                }
                throw e;
            }
        }
    }

    static final class RefusalAwareCommandContext extends CommandContext {

        RefusalAwareCommandContext(ProcessEngineConfigurationImpl configuration) {
            super(configuration);
        }

        @Override
        protected boolean shouldLogFine(Throwable exception) {
            return super.shouldLogFine(exception) || isCallersMistake(exception);
        }
    }
}
