package org.gongkai;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project carries its own rules and contract: every class, method and test that {@code docs/}
 * cites exists, and nothing in the repository points at reference files outside it.
 */
class DocumentationTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void everyCitationOfTheDocsNamesAnExistingClassMethodOrTest() throws IOException, InterruptedException {
        Process check = new ProcessBuilder("bash", "docs/check-links.sh").directory(ROOT.toFile())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, check.waitFor(), output);
        assertTrue(output.contains(" 0 missing"), output);
    }

    @Test
    void noSourceFileOrReadmePointsOutsideTheRepository() throws IOException {
        String outside = "..".concat("/shared");
        try (Stream<Path> files = Stream.concat(Stream.of(ROOT.resolve("README.md")),
                Stream.of("src", "docs", "benchmarks", "config", ".ci", "security", "drills", "ops", "webapp-themes").map(ROOT::resolve).filter(Files::isDirectory)
                        .flatMap(DocumentationTest::walk))) {
            List<Path> pointing = files.filter(Files::isRegularFile).filter(file -> !file.toString().contains("node_modules"))
                    .filter(file -> read(file).contains(outside)).toList();
            assertEquals(List.of(), pointing);
        }
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
