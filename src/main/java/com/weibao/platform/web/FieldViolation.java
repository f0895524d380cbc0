package com.weibao.platform.web;

/** One invalid field of a request and why, in words the caller can act on. */
public record FieldViolation(String field, String message) {
}
