package com.weibao.platform.web;

/** A request that does not fit the current state of its subject, e.g. a note on an archived case. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
