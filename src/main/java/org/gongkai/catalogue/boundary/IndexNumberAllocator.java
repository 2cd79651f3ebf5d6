package org.gongkai.catalogue.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongkai.catalogue.control.IndexNumbers;

/**
 * Hands out index numbers at first publication: the serial per organ per year comes from one
 * atomic upsert, so two publications never share a number and a number is never reused.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class IndexNumberAllocator {

    @PersistenceContext
    EntityManager em;

    public String next(String organCode, int year) {
        Number serial = (Number) em.createNativeQuery("insert into index_number_serial (organ_code, year, last_serial) "
                        + "values (?1, ?2, 1) on conflict (organ_code, year) "
                        + "do update set last_serial = index_number_serial.last_serial + 1 returning last_serial")
                .setParameter(1, organCode)
                .setParameter(2, year)
                .getSingleResult();
        return IndexNumbers.format(organCode, year, serial.intValue());
    }
}
