package com.weibao.platform.web;

import java.util.List;
import java.util.stream.Collectors;

/** A request that cannot be carried out as given; answered with 400 and every violation. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidRequestException(List<FieldViolation> violations) {
        super(violations.stream().map(InvalidRequestException::readable).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /**
     * A violation written for people (Chinese, naming the field in its own words) is shown as it is, so Tasklist does
     * not show the field's code; the API's English ones need the field in front.
     */
    private static String readable(FieldViolation v) {
        return v.message().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? v.message() : v.field() + ": " + v.message();
    }

    /** With a message for the person who sent it (Chinese, shown by Tasklist) besides the fields' violations. */
    public InvalidRequestException(String message, List<FieldViolation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public static InvalidRequestException of(String field, String message) {
        return new InvalidRequestException(List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> getViolations() {
        return violations;
    }
}
