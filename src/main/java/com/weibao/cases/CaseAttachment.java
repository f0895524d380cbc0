package com.weibao.cases;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
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

    @Column(nullable = false)
    private String fileName;

    @Column(nullable = false, length = 200)
    private String contentType;

    @Column(nullable = false)
    private long size;

    @Basic(fetch = FetchType.LAZY)
    @Lob
    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 100)
    private String createdBy;

    protected CaseAttachment() {
    }

    public CaseAttachment(SupportCase supportCase, AttachmentKind kind, String fileName, String contentType,
                          byte[] content, Instant createdAt, String createdBy) {
        this.supportCase = supportCase;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.size = content.length;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() { return id; }
    public SupportCase getSupportCase() { return supportCase; }
    public AttachmentKind getKind() { return kind; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSize() { return size; }
    public byte[] getContent() { return content; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
