package org.gongkai.search.control;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexLocationTest {

    private static final Optional<String> URL = Optional.of("jdbc:postgresql://127.0.0.1:5432/gongkai");
    private static final Optional<String> DATA = Optional.of("/var/lib/gongkai");

    @Test
    void anIndexDirectoryGivenWins() {
        assertEquals(Path.of("/srv/index"), IndexLocation.resolve(Optional.of(" /srv/index "), DATA, URL, "/tmp"));
    }

    @Test
    void elseEachDatabaseHasItsOwnFolderInTheDataDirectory() {
        Path one = IndexLocation.resolve(Optional.of(""), DATA, URL, "/tmp");
        assertEquals(Path.of("/var/lib/gongkai/index"), one.getParent());
        assertTrue(one.getFileName().toString().matches("gongkai-[0-9a-f]{12}"), one.toString());
        assertEquals(one, IndexLocation.resolve(Optional.empty(), DATA, URL, "/tmp"), "stable across starts");
    }

    @Test
    void twoDatabasesWithDefaultSettingsNeverShareAnIndex() {
        Path one = IndexLocation.resolve(Optional.empty(), DATA, URL, "/tmp");
        // Another database on the same server, the same database name on another server or port.
        for (String other : new String[] {"jdbc:postgresql://127.0.0.1:5432/gongkai_b",
                "jdbc:postgresql://db.example:5432/gongkai", "jdbc:postgresql://127.0.0.1:5433/gongkai",
                "jdbc:postgresql://localhost:40185/postgres"}) {
            assertNotEquals(one, IndexLocation.resolve(Optional.empty(), DATA, Optional.of(other), "/tmp"), other);
        }
        assertTrue(IndexLocation.resolve(Optional.empty(), DATA, Optional.of("jdbc:postgresql://127.0.0.1:5432/gongkai_b"),
                "/tmp").getFileName().toString().startsWith("gongkai_b-"));
    }

    @Test
    void theSameDatabaseSpelledDifferentlyKeepsOneIndex() {
        Path one = IndexLocation.resolve(Optional.empty(), DATA, URL, "/tmp");
        assertEquals(one, IndexLocation.resolve(Optional.empty(), DATA,
                Optional.of("JDBC:postgresql://127.0.0.1/gongkai?ApplicationName=x&sslmode=disable"), "/tmp"));
    }

    @Test
    void elseEachDatabaseHasItsOwnFolderInTheTemporaryDirectory() {
        Path one = IndexLocation.resolve(Optional.empty(), Optional.empty(), URL, "/tmp");
        assertEquals(one, IndexLocation.resolve(Optional.empty(), Optional.empty(), URL, "/tmp"));
        assertTrue(one.getFileName().toString().matches("gongkai-index-gongkai-[0-9a-f]{12}"), one.toString());
        assertEquals(Path.of("/tmp"), one.getParent());
        assertNotEquals(one, IndexLocation.resolve(Optional.empty(), Optional.empty(),
                Optional.of("jdbc:postgresql://db.example:5432/gongkai"), "/tmp"));
    }
}
