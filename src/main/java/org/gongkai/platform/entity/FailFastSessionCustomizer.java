package org.gongkai.platform.entity;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a failed read three times, five seconds apart, when it sees a communication
 * failure: while the database is away every page then hung for 10 s or more before failing. The
 * portal must answer 503 within 2 s instead (issue 18), and the pool (see {@code DatabaseMigrations})
 * already hands out only connections that answered a round trip, so EclipseLink never retries.
 */
public class FailFastSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
