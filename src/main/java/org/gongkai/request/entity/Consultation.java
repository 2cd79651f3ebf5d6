package org.gongkai.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A third party asked for its opinion (Art. 32 of the OGI Regulations): it has 15 working days to
 * answer, and the working days in ({@code sentOn}, {@code answeredOn}] do not count toward the reply
 * period (Art. 33).
 */
@Entity
@Table(name = "request_consultation")
@NamedQuery(name = Consultation.OF_REQUEST, query = "select c from Consultation c where c.requestId = :request order by c.id")
@NamedQuery(name = Consultation.OF_REQUESTS, query = "select c from Consultation c where c.requestId in :requests order by c.id")
public class Consultation {

    public static final String OF_REQUEST = "Consultation.ofRequest";
    public static final String OF_REQUESTS = "Consultation.ofRequests";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(nullable = false, updatable = false)
    private String party;

    @Column(name = "sent_on", nullable = false, updatable = false)
    private LocalDate sentOn;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    private Boolean objection;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "closed_by")
    private String closedBy;

    protected Consultation() {
    }

    public Consultation(long requestId, String party, LocalDate sentOn, String createdBy) {
        this.requestId = requestId;
        this.party = party;
        this.sentOn = sentOn;
        this.createdBy = createdBy;
    }

    public void close(LocalDate on, boolean objected, String officer) {
        this.answeredOn = on;
        this.objection = objected;
        this.closedBy = officer;
    }

    public boolean open() {
        return answeredOn == null;
    }

    public Long id() {
        return id;
    }

    public Long requestId() {
        return requestId;
    }

    public String party() {
        return party;
    }

    public LocalDate sentOn() {
        return sentOn;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public Boolean objection() {
        return objection;
    }

    public String createdBy() {
        return createdBy;
    }

    public String closedBy() {
        return closedBy;
    }
}
