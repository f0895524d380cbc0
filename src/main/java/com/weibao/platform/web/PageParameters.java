package com.weibao.platform.web;

/** The page and size a list request of the API asks for, checked alike by every list. */
public final class PageParameters {

    private PageParameters() {
    }

    /** Page 0 or more, size 1 to {@code maxSize}, and no page whose first row lies beyond what an int counts. */
    public static void check(int page, int size, int maxSize) {
        if (page < 0) {
            throw InvalidRequestException.of("page", "must be 0 or more");
        }
        if (size < 1 || size > maxSize) {
            throw InvalidRequestException.of("size", "must be between 1 and " + maxSize);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw InvalidRequestException.of("page", "must be at most " + Integer.MAX_VALUE / size
                    + " with size " + size);
        }
    }
}
