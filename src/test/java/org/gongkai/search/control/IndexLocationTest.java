package org.gongkai.search.control;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexLocationTest {

    private static final Optional<String> URL = Optional.of("jdbc:postgresql://127.0.0.1:5432/gongkai");

    @Test
    void anIndexDirectoryGivenWins() {
        assertEquals(Path.of("/srv/index"),
                IndexLocation.resolve(Optional.of(" /srv/index "), Optional.of("/var/lib/gongkai"), URL, "/tmp"));
    }

    @Test
    void elseTheDataDirectoryHoldsIt() {
        assertEquals(Path.of("/var/lib/gongkai/index"),
                IndexLocation.resolve(Optional.of(""), Optional.of("/var/lib/gongkai"), URL, "/tmp"));
    }

    @Test
    void elseEachDatabaseHasItsOwnFolderInTheTemporaryDirectory() {
        Path one = IndexLocation.resolve(Optional.empty(), Optional.empty(), URL, "/tmp");
        assertEquals(one, IndexLocation.resolve(Optional.empty(), Optional.empty(), URL, "/tmp"));
        assertTrue(one.getFileName().toString().matches("gongkai-index-[0-9a-f]{12}"), one.toString());
        assertEquals(Path.of("/tmp"), one.getParent());
        assertNotEquals(one, IndexLocation.resolve(Optional.empty(), Optional.empty(),
                Optional.of("jdbc:postgresql://db.example:5432/gongkai"), "/tmp"));
    }
}
