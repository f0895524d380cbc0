package com.weibao.intake.mail;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells an outage (database or mail server unreachable, a lock or a concurrent update) from a mail that cannot be
 * taken in: the first is retried with the mail left unseen, the second goes to quarantine.
 */
final class Failures {

    private Failures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof TransactionSystemException || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException || t instanceof SQLNonTransientConnectionException
                    || t instanceof OptimisticLockingException || t instanceof ConnectException
                    || t instanceof SocketTimeoutException || t instanceof SocketException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                    || t instanceof IntakeUnavailableException) {
                return true;
            }
        }
        return false;
    }

    /** One line for the quarantine: the exception and its root cause. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return root == failure || failure instanceof UnreadableMailException ? first
                : first + " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
