package com.weibao.platform.web;

/** Something that does not exist, or that the caller may not see (answered the same way, so nothing leaks). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
