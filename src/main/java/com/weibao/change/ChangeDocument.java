package com.weibao.change;

import com.weibao.platform.files.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A document kept with a change: the plans as files, the upgrade list, a test report, the hospital's approval. */
@Entity
@Table(name = "change_document")
public class ChangeDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "change_id")
    private Change change;

    /** What the document is, in the sender's words (实施方案, 回退方案, 升级清单, ...). */
    @Column(nullable = false, length = 32)
    private String kind;

    @Embedded
    private StoredFile file;

    protected ChangeDocument() {
    }

    ChangeDocument(Change change, String kind, StoredFile file) {
        this.change = change;
        this.kind = kind;
        this.file = file;
    }

    public Long getId() { return id; }
    public Change getChange() { return change; }
    public String getKind() { return kind; }
    public StoredFile getFile() { return file; }
}
