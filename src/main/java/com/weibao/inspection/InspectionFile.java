package com.weibao.inspection;

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

    @Embedded
    private StoredFile file;

    protected InspectionFile() {
    }

    public InspectionFile(Inspection inspection, InspectionFileKind kind, String itemCode, Integer reportVersion,
                          String fileName, String contentType, byte[] content, Instant createdAt, String createdBy) {
        this.inspection = inspection;
        this.kind = kind;
        this.itemCode = itemCode;
        this.reportVersion = reportVersion;
        this.file = new StoredFile(fileName, contentType, content, createdAt, createdBy);
    }

    public Long getId() { return id; }
    public Inspection getInspection() { return inspection; }
    public InspectionFileKind getKind() { return kind; }
    public String getItemCode() { return itemCode; }
    public Integer getReportVersion() { return reportVersion; }
    public StoredFile getFile() { return file; }
    public String getFileName() { return file.getFileName(); }
    public String getContentType() { return file.getContentType(); }
    public long getSize() { return file.getSize(); }
    public byte[] getContent() { return file.getContent(); }
    public Instant getCreatedAt() { return file.getCreatedAt(); }
    public String getCreatedBy() { return file.getCreatedBy(); }
}
