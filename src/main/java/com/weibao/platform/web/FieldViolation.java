package com.weibao.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One invalid field of a request and why, in words the caller can act on. */
public record FieldViolation(String field, String message) {

    /**
     * The fields a bean-validation check refused (e.g. a value longer than its column), named by their property path
     * under {@code prefix} ("reporter." + "phone").
     */
    public static List<FieldViolation> of(String prefix, java.util.Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldViolation(prefix + v.getPropertyPath(), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
    }

    /** The violations a bean-validation failure anywhere in the chain carries, if there is one. */
    public static Optional<List<FieldViolation>> in(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof ConstraintViolationException violated && violated.getConstraintViolations() != null) {
                return Optional.of(of("", violated.getConstraintViolations()));
            }
        }
        return Optional.empty();
    }
}
