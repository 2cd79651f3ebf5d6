package org.gongkai.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells this node when data that every node keeps in memory has changed on any node: the
 * database raises a version number in {@code shared_version} in the same transaction as each change
 * (triggers on the tables, migration V141), and this node compares the numbers every two seconds,
 * firing {@link SharedDataChanged} for each one that moved. One indexed read of a few rows per node
 * every two seconds; nothing is sent between the nodes, so a node that was away simply reads the
 * current numbers when it comes back.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class SharedData {

    private static final Logger LOG = Logger.getLogger(SharedData.class.getName());

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Event<SharedDataChanged> changed;

    private final Map<String, Long> seen = new HashMap<>();
    private final Object checking = new Object();

    @PostConstruct
    void start() {
        try {
            synchronized (checking) {
                seen.putAll(versions());
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Shared data versions not read at start-up; read on the next check", e);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false, info = "shared data: changes made on other nodes")
    void everyTwoSeconds() {
        check();
    }

    /** Compares the versions with those seen last and fires an event for each that moved. */
    public void check() {
        synchronized (checking) {
            Map<String, Long> now;
            try {
                now = versions();
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.FINE, "Shared data versions not read; tried again shortly", e);
                return;
            }
            boolean first = seen.isEmpty();
            now.forEach((name, version) -> {
                Long before = seen.put(name, version);
                if (!first && !Objects.equals(before, version)) {
                    LOG.fine(() -> "Shared data changed: " + name + " " + before + " → " + version);
                    try {
                        changed.fire(new SharedDataChanged(name));
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Reloading " + name + " after a change failed", e);
                    }
                }
            });
        }
    }

    private Map<String, Long> versions() throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select name, version from shared_version");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                versions.put(rows.getString(1), rows.getLong(2));
            }
        }
        return versions;
    }
}
