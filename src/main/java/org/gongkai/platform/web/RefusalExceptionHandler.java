package org.gongkai.platform.web;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.entity.ForbiddenActionException;
import org.gongkai.platform.entity.InvalidInputException;
import org.gongkai.platform.entity.UnknownItemException;

import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Expected refusals on Faces pages become their error pages, not a 500 with a stack trace: a
 * missing role (an editor opening a request page) or a forged post without its CSP nonce 403, an
 * unknown item 404, a bad parameter 400.
 * They are logged in one line at FINE at most (GB/T 22239-2019 8.1.4.3: decisions belong in the
 * audit trail, faults in the log); anything else goes on to the default handling.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(RefusalExceptionHandler.class.getName());

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            int status = statusOf(thrown);
            if (status == 0 || faces == null) {
                continue;
            }
            events.remove();
            ExternalContext external = faces.getExternalContext();
            LOG.log(Level.FINE, () -> "Refused " + external.getRequestServletPath() + ": " + status);
            if (!external.isResponseCommitted()) {
                try {
                    external.responseReset();
                    ((HttpServletResponse) external.getResponse()).sendError(status);
                } catch (IOException | IllegalStateException e) {
                    LOG.log(Level.FINE, "Could not send the error page", e);
                }
            }
            faces.responseComplete();
        }
        getWrapped().handle();
    }

    /** 403, 404 or 400 for an expected refusal; 0 for anything else. */
    static int statusOf(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return 0;
            }
            if (cause instanceof EJBAccessException || cause instanceof AccessLocalException
                    || cause instanceof ForbiddenActionException
                    || "org.primefaces.csp.CspException".equals(cause.getClass().getName())) {
                return 403;
            }
            if (cause instanceof UnknownItemException) {
                return 404;
            }
            if (cause instanceof InvalidInputException) {
                return 400;
            }
            if (!(cause instanceof FacesException || cause instanceof jakarta.el.ELException
                    || cause instanceof jakarta.ejb.EJBException || cause instanceof RuntimeException
                    || cause instanceof jakarta.servlet.ServletException)) {
                return 0;
            }
        }
        return 0;
    }
}
