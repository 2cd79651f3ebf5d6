package org.gongkai.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * The portal's one database, configured by {@code gongkai.db.url}, {@code gongkai.db.user} and
 * {@code gongkai.db.password} (or {@code GONGKAI_DB_URL}, …), and its schema, brought up to date
 * by the Flyway migrations in {@code db/migration} before anything else runs.
 */
@DataSourceDefinition(
        name = DatabaseMigrations.DATA_SOURCE,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=gongkai.db.url}",
        user = "${MPCONFIG=gongkai.db.user}",
        password = "${MPCONFIG=gongkai.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
                // Ride out the database (a restart, a crash, a network cut): every connection is checked
                // with a real round trip ("select 1") before it is handed out, at most every 2 s, and one
                // failed check drops the whole pool, so that the portal serves again within seconds of the
                // database's return without a restart. "meta-data" validation never reached the server.
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.validate-atmost-once-period-in-seconds=2",
                "fish.payara.fail-all-connections=true",
                // While the database is away callers get 503 within 2 s (DatabaseOutageFilter): never
                // queue a request for a connection longer than that, nor wait long on a dead address.
                "fish.payara.max-wait-time-in-millis=1500",
                "fish.payara.connection-creation-retry-attempts=0",
                "connectTimeout=2",
                "loginTimeout=3",
                // A read that hangs (the server gone without closing the socket) fails after 60 s; the
                // longest statements (search index rebuild batches, reports) stay well below that.
                "socketTimeout=60",
                "tcpKeepAlive=true",
                "ApplicationName=gongkai",
                // Constraint errors would otherwise quote the failing row, personal data included, into the logs.
                "logServerErrorDetail=false"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    public static final String DATA_SOURCE = "java:app/jdbc/gongkai";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
