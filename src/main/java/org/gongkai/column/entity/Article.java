package org.gongkai.column.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An article submitted to a column (网上投稿). One submission, one review (一事一审): the article is
 * its own version, its content hash computed by the database; a changed text is a new article.
 */
@Entity
@Table(name = "column_article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "column_code", nullable = false, updatable = false)
    private String columnCode;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(updatable = false)
    private String source;

    @Column(name = "content_hash", insertable = false, updatable = false)
    private String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArticleState state = ArticleState.IN_REVIEW;

    @Column(name = "written_by", nullable = false, updatable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    protected Article() {
    }

    public Article(String columnCode, String title, String body, String source, String writtenBy, Instant writtenAt) {
        this.columnCode = columnCode;
        this.title = title;
        this.body = body;
        this.source = source;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public void publish(LocalDate on) {
        state = ArticleState.PUBLISHED;
        publishedOn = on;
    }

    public void notApproved(boolean returned) {
        state = returned ? ArticleState.RETURNED : ArticleState.REJECTED;
    }

    public Long id() { return id; }
    public String columnCode() { return columnCode; }
    public String title() { return title; }
    public String body() { return body; }
    public String source() { return source; }
    public String contentHash() { return contentHash; }
    public ArticleState state() { return state; }
    public String writtenBy() { return writtenBy; }
    public Instant writtenAt() { return writtenAt; }
    public LocalDate publishedOn() { return publishedOn; }
}
