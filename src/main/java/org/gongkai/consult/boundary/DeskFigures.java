package org.gongkai.consult.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.time.LocalDate;

/** What other features read of the desk: the website inspection's count of messages left unanswered. */
@ApplicationScoped
public class DeskFigures {

    @PersistenceContext
    EntityManager em;

    /** Valid messages received before {@code receivedBefore} and still without an answer. */
    public long unansweredReceivedBefore(LocalDate receivedBefore) {
        return ((Number) em.createNativeQuery("select count(*) from consult_message "
                        + "where status in ('RECEIVED', 'ASSIGNED', 'IN_REVIEW') and received_on < ?1")
                .setParameter(1, Date.valueOf(receivedBefore)).getSingleResult()).longValue();
    }
}
