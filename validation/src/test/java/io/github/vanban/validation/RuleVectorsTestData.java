package io.github.vanban.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The test vectors, parsed once and shared by the tests that use them. */
final class RuleVectorsTestData {

    private static final List<VectorDocuments.Vector> ALL = load();

    private RuleVectorsTestData() {
    }

    private static List<VectorDocuments.Vector> load() {
        Path dir = Path.of("src", "test", "resources", "vectors");
        List<VectorDocuments.Vector> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".vec")).sorted().toList()) {
                out.addAll(VectorDocuments.parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<VectorDocuments.Vector> all() {
        return ALL;
    }
}
