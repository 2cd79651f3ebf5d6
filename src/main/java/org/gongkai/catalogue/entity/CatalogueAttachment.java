package org.gongkai.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A file that belongs to one version of an entry; part of the reviewed content. Its bytes are a {@link CatalogueBlob}. */
@Entity
@Table(name = "catalogue_attachment")
public class CatalogueAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false, updatable = false)
    private Long versionId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    /** The bytes, stored once in {@code catalogue_blob} for every version that has this file. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sha256", referencedColumnName = "sha256", insertable = false, updatable = false)
    private CatalogueBlob blob;

    protected CatalogueAttachment() {
    }

    /** A file of a version; its bytes must already be stored as the blob {@code sha256}. */
    public CatalogueAttachment(Long versionId, int position, String fileName, String mediaType, long sizeBytes,
                               String sha256) {
        this.versionId = versionId;
        this.position = position;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    /** The same file for a new version: a reference to the same stored bytes, nothing copied. */
    public CatalogueAttachment copyFor(Long newVersionId) {
        return new CatalogueAttachment(newVersionId, position, fileName, mediaType, sizeBytes, sha256);
    }

    public Long id() {
        return id;
    }

    public Long versionId() {
        return versionId;
    }

    public int position() {
        return position;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return blob.content();
    }
}
