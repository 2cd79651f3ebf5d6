package org.gongkai.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A file the officer attaches to a request for the reply to deliver (the disclosed documents). The
 * next drafted letter lists it; it reaches the applicant only with the released letter.
 */
@Entity
@Table(name = "request_reply_file")
@NamedQuery(name = ReplyFile.OF_REQUEST, query = "select f from ReplyFile f where f.requestId = :request order by f.id")
public class ReplyFile {

    public static final String OF_REQUEST = "ReplyFile.ofRequest";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected ReplyFile() {
    }

    public ReplyFile(long requestId, String fileName, String mediaType, long sizeBytes, String sha256, String addedBy,
                     Instant addedAt) {
        this.requestId = requestId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /** The line of a letter's file list: id, content hash and name. */
    public String manifestLine() {
        return id + ":" + sha256 + ":" + fileName;
    }

    public Long id() {
        return id;
    }

    public Long requestId() {
        return requestId;
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

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
