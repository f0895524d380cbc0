package com.weibao.intake.mail;

/** A mail the intake cannot take in as it is (unparseable, too big, a bounce for no case): it goes to quarantine. */
class UnreadableMailException extends RuntimeException {

    UnreadableMailException(String message) {
        super(message);
    }

    UnreadableMailException(String message, Throwable cause) {
        super(message, cause);
    }
}
