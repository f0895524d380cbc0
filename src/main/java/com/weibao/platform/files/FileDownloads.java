package com.weibao.platform.files;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A kept file as a download: its own type, and its name (Chinese too) for the browser to save it under. The
 * controller that calls this has found the file through something the caller may see.
 */
public final class FileDownloads {

    private FileDownloads() {
    }

    public static ResponseEntity<byte[]> of(StoredFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.getContent());
    }
}
