package org.gongkai.catalogue.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of an attachment, stored once however many versions use them, keyed by their SHA-256
 * (the database refuses a key that is not the hash of the bytes). Written only by
 * {@code insert … on conflict do nothing}, never changed.
 */
@Entity
@Table(name = "catalogue_blob")
public class CatalogueBlob {

    @Id
    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected CatalogueBlob() {
    }

    public String sha256() {
        return sha256;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public byte[] content() {
        return content.clone();
    }
}
