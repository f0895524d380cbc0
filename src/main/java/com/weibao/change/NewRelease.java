package com.weibao.change;

import java.time.Instant;

/** A release as the service manager or team lead plans it: for which covered system, which version, when. */
public record NewRelease(String contract, String system, String title, String version, Instant plannedAt) {
}
