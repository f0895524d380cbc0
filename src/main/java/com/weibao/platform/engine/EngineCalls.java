package com.weibao.platform.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Engine calls the application makes on its own behalf, not for the user at hand: re-arming a case's timers,
 * updating a routing variable, looking up whom to notify. They run without the user's engine authentication
 * (a hospital user's action must still re-arm the vendor's timers) and, when a domain change asks for them,
 * just before the transaction commits: after the engine command in progress has finished (so a listener never
 * re-enters its own process instance) and inside the same transaction (so domain state, timers and variables
 * commit together). Without a transaction they run at once.
 */
@Component
public class EngineCalls {

    private final IdentityService identity;
    private final ProcessEngine engine;

    EngineCalls(IdentityService identity, ProcessEngine engine) {
        this.identity = identity;
        this.engine = engine;
    }

    /**
     * Runs several engine calls as one engine command: they share its entity cache, so a process instance's
     * executions are read once, and their changes are written in one flush. Calls of the engine's services made
     * inside join the command.
     */
    public void inOneCommand(Runnable calls) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(commandContext -> {
                    calls.run();
                    return null;
                });
    }

    /** Runs the call with the application's rights instead of the current user's. */
    public <T> T asApplication(Supplier<T> call) {
        Authentication current = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return call.get();
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            }
        }
    }

    public void runAsApplication(Runnable call) {
        asApplication(() -> {
            call.run();
            return null;
        });
    }

    /** Runs the action with the application's rights just before the current transaction commits. */
    public void beforeCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            runAsApplication(action);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                runAsApplication(action);
            }
        });
    }

    /**
     * A map that collects work during the transaction, handed to {@code flush} once before commit, with the
     * application's rights. Several changes to the same key end up as one entry: only the final state is acted on.
     */
    @SuppressWarnings("unchecked")
    public <K, V> Map<K, V> batchBeforeCommit(Object resourceKey, Consumer<Map<K, V>> flush) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new ImmediateMap<>(batch -> runAsApplication(() -> flush.accept(batch)));
        }
        Map<K, V> batch = (Map<K, V>) TransactionSynchronizationManager.getResource(resourceKey);
        if (batch == null) {
            Map<K, V> created = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(resourceKey, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    TransactionSynchronizationManager.unbindResource(resourceKey);
                    runAsApplication(() -> flush.accept(created));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
                }
            });
            batch = created;
        }
        return batch;
    }

    /** Outside a transaction each put is flushed on its own. */
    private static final class ImmediateMap<K, V> extends LinkedHashMap<K, V> {

        private final transient Consumer<Map<K, V>> flush;

        ImmediateMap(Consumer<Map<K, V>> flush) {
            this.flush = flush;
        }

        @Override
        public V put(K key, V value) {
            V previous = super.put(key, value);
            flush.accept(Map.of(key, value));
            return previous;
        }
    }
}
