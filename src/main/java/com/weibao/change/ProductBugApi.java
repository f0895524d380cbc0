package com.weibao.change;

import java.time.Instant;
import java.time.LocalDate;

/** The JSON of the product bug REST API. */
public final class ProductBugApi {

    private ProductBugApi() {
    }

    /** A case handed to R&D: the R&D ticket, the expected fix date (a day in Beijing time), what R&D is to fix. */
    public record NewProductBug(String ticket, LocalDate expectedFixOn, String description) {
    }

    public record ProductBugView(long id, String caseNumber, String ticket, LocalDate expectedFixOn,
                                 String description, String statusLabel, String recordedBy, Instant recordedAt,
                                 String recordedAtShown, String release, String releaseVersion,
                                 Instant fixReleasedAt, String fixReleasedAtShown) {
    }
}
