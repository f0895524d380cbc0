package com.weibao.cases;

import com.weibao.platform.files.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file kept with a case: something sent in, or a document Weibao wrote. */
@Entity
@Table(name = "case_attachment")
public class CaseAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private SupportCase supportCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttachmentKind kind;

    @Embedded
    private StoredFile file;

    protected CaseAttachment() {
    }

    public CaseAttachment(SupportCase supportCase, AttachmentKind kind, String fileName, String contentType,
                          byte[] content, Instant createdAt, String createdBy) {
        this.supportCase = supportCase;
        this.kind = kind;
        this.file = new StoredFile(fileName, contentType, content, createdAt, createdBy);
    }

    public Long getId() { return id; }
    public SupportCase getSupportCase() { return supportCase; }
    public AttachmentKind getKind() { return kind; }
    public StoredFile getFile() { return file; }
    public String getFileName() { return file.getFileName(); }
    public String getContentType() { return file.getContentType(); }
    public long getSize() { return file.getSize(); }
    public byte[] getContent() { return file.getContent(); }
    public Instant getCreatedAt() { return file.getCreatedAt(); }
    public String getCreatedBy() { return file.getCreatedBy(); }
}
