package com.weibao.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent checks over HTTP side by side (requests that read, or that must be refused), so a test that
 * tries hundreds of them does not wait for each in turn. The first failure is thrown as it was.
 */
public final class Parallel {

    private static final ExecutorService CLIENTS = Executors.newFixedThreadPool(6, runnable -> {
        Thread thread = new Thread(runnable, "it-client");
        thread.setDaemon(true);
        return thread;
    });

    private Parallel() {
    }

    public static void run(List<Runnable> checks) {
        List<Future<?>> running = new ArrayList<>();
        checks.forEach(check -> running.add(CLIENTS.submit(check)));
        for (Future<?> check : running) {
            try {
                check.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
