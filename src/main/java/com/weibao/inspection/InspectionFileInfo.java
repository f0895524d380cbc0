package com.weibao.inspection;

import java.time.Instant;

/** A kept file without its content, for listings. */
public record InspectionFileInfo(long id, InspectionFileKind kind, String itemCode, Integer reportVersion,
                                 String fileName, String contentType, long size, Instant createdAt, String createdBy) {
}
