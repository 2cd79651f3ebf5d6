package org.gongkai.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Lets a scheduled job that every node's timer starts run on one node only, once per period: the
 * node first claims the period ({@code slot}, e.g. the date of a daily job) in {@code scheduled_run};
 * PostgreSQL's primary key lets exactly one claim in. A claim not marked finished within
 * {@code takeOverMinutes} (its node died during the run) may be claimed again by another node.
 * Each call is a short transaction of its own, committed before the job starts.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ClusterJobs {

    private static final String NODE = nodeName();

    @PersistenceContext
    EntityManager em;

    /** Whether this node won the period {@code slot} of {@code job} and must run it now. */
    public boolean claim(String job, String slot, int takeOverMinutes) {
        return em.createNativeQuery("insert into scheduled_run (job, slot, node, claimed_at) values (?1, ?2, ?3, now()) "
                        + "on conflict (job, slot) do update set node = excluded.node, claimed_at = excluded.claimed_at "
                        + "where scheduled_run.finished_at is null "
                        + "and scheduled_run.claimed_at < now() - make_interval(mins => ?4)")
                .setParameter(1, job)
                .setParameter(2, slot)
                .setParameter(3, NODE)
                .setParameter(4, takeOverMinutes)
                .executeUpdate() == 1;
    }

    /** Marks the claimed run done. */
    public void finished(String job, String slot) {
        em.createNativeQuery("update scheduled_run set finished_at = now() where job = ?1 and slot = ?2")
                .setParameter(1, job)
                .setParameter(2, slot)
                .executeUpdate();
    }

    private static String nodeName() {
        String pid = Long.toString(ProcessHandle.current().pid());
        try {
            return InetAddress.getLocalHost().getHostName() + " " + pid;
        } catch (UnknownHostException e) {
            return "pid " + pid;
        }
    }
}
