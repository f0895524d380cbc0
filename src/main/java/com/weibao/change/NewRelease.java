package com.weibao.change;

import java.time.OffsetDateTime;

/**
 * A release as the service manager or team lead plans it: for which covered system, which version, when (with its
 * offset, e.g. {@code 2026-12-04T22:00+08:00}; seconds optional).
 */
public record NewRelease(String contract, String system, String title, String version, OffsetDateTime plannedAt) {
}
