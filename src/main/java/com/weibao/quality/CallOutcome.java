package com.weibao.quality;

/** What one call of the callback team came to (the 回访 form's choice). */
public enum CallOutcome {
    REACHED,
    NOT_REACHED,
    REFUSED
}
