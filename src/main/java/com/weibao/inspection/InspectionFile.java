package com.weibao.inspection;

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

/** A file kept with an inspection: a photo for an item, or a version of its report. */
@Entity
@Table(name = "inspection_file")
public class InspectionFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id")
    private Inspection inspection;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InspectionFileKind kind;

    @Column(name = "item_code", length = 32)
    private String itemCode;

    @Column(name = "report_version")
    private Integer reportVersion;

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

    protected InspectionFile() {
    }

    public InspectionFile(Inspection inspection, InspectionFileKind kind, String itemCode, Integer reportVersion,
                          String fileName, String contentType, byte[] content, Instant createdAt, String createdBy) {
        this.inspection = inspection;
        this.kind = kind;
        this.itemCode = itemCode;
        this.reportVersion = reportVersion;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.size = content.length;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() { return id; }
    public Inspection getInspection() { return inspection; }
    public InspectionFileKind getKind() { return kind; }
    public String getItemCode() { return itemCode; }
    public Integer getReportVersion() { return reportVersion; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSize() { return size; }
    public byte[] getContent() { return content; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
