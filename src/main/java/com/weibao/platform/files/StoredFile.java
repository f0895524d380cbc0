package com.weibao.platform.files;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import java.time.Instant;

/**
 * A file kept with a case or an inspection (something sent in, a photo, a report Weibao wrote): its name, type and
 * content, when and by whom it was kept. Embedded in the owner's file table, which has these columns.
 */
@Embeddable
public class StoredFile {

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 200)
    private String contentType;

    @Column(nullable = false)
    private long size;

    @Basic(fetch = FetchType.LAZY)
    @Lob
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected StoredFile() {
    }

    public StoredFile(String fileName, String contentType, byte[] content, Instant createdAt, String createdBy) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.size = content.length;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSize() { return size; }
    public byte[] getContent() { return content; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
