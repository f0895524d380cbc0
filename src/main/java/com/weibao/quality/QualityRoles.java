package com.weibao.quality;

/** The callback team's group: vendor staff who call reporters back (回访专员), named in contracts' callback policies. */
public final class QualityRoles {

    public static final String CALLBACKS = "callbacks";

    private QualityRoles() {
    }
}
