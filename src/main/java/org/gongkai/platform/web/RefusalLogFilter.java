package org.gongkai.platform.web;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps the EJB container from logging the stack trace of every refused call: a caller without the
 * role gets 403, an expected answer, and the container's one-line notice of it stays, but not its
 * ~7 KB trace (GB/T 22239-2019 8.1.4.3: the audit trail records decisions; the server log is for
 * faults, which keep their traces).
 */
@WebListener
public class RefusalLogFilter implements ServletContextListener, Filter {

    private static final String EJB_CONTAINER = "jakarta.enterprise.ejb.container";
    /** Held strongly: a logger only referenced by the log manager may be collected with its filter. */
    private static Logger ejbContainer;
    private Filter previous;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ejbContainer = Logger.getLogger(EJB_CONTAINER);
        previous = ejbContainer.getFilter();
        ejbContainer.setFilter(this);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (ejbContainer != null && ejbContainer.getFilter() == this) {
            ejbContainer.setFilter(previous);
        }
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        if (thrown instanceof AccessLocalException || thrown instanceof EJBAccessException) {
            return false;
        }
        return previous == null || previous.isLoggable(record);
    }
}
