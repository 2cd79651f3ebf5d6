package org.gongkai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The test server's clock: fixed at {@link TestDatabase#FIXED_CLOCK}, moved forward by
 * {@link #advance(Duration)} (the server reads the offset file on each reading of the clock). A test
 * that moves it puts it back in {@code finally} with {@link #reset()}.
 */
public final class TestClock {

    private TestClock() {
    }

    static Path offsetFile() {
        return Path.of(System.getProperty("gongkai.test.dir", "target/it"), "clock-offset");
    }

    /** Moves the server's clock to the fixed instant plus {@code offset}. */
    public static void advance(Duration offset) {
        write(offset.toString());
    }

    /** Back to the fixed instant. */
    public static void reset() {
        write("");
    }

    private static void write(String text) {
        try {
            Files.createDirectories(offsetFile().getParent());
            Path temporary = offsetFile().resolveSibling("clock-offset.tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, offsetFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
