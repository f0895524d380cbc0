package com.weibao.intake.mail;

/** The intake cannot work right now (database or mailbox unreachable): the mail stays unseen and is retried. */
class IntakeUnavailableException extends RuntimeException {

    IntakeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
