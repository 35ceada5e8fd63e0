package io.github.vanban.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {

    @TempDir
    Path dir;

    private static List<InputSource> walk(String... args) {
        List<InputSource> all = new ArrayList<>();
        new InputWalker(List.of(args)).forEachRemaining(all::add);
        return all;
    }

    private void touch(String... names) throws IOException {
        for (String n : names) {
            Path p = dir.resolve(n);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }
    }

    @Test
    void directoriesAreWalkedDepthFirstSortedKeepingOnlyDocumentFiles() throws IOException {
        touch("b.txt", "a/z.json", "a/y.XML", "a/.hidden.txt", ".git/c.txt", "notes.md", "c/d/e.edxml",
                "INDEX.tsv", "f.text");
        List<String> names = walk(dir.toString()).stream().map(s -> dir.relativize(s.path()).toString()).toList();
        assertThat(names).containsExactly("a/y.XML", "a/z.json", "b.txt", "c/d/e.edxml", "f.text");
        assertThat(InputWalker.count(List.of(dir.toString()))).isEqualTo(5);
    }

    @Test
    void argumentsKeepTheirOrderAndNamedFilesAreTakenWhateverTheirExtension() throws IOException {
        touch("z.md", "a.txt");
        List<InputSource> s = walk(dir.resolve("z.md").toString(), "-", dir.resolve("a.txt").toString(),
                dir.resolve("gone.txt").toString());
        assertThat(s).hasSize(4);
        assertThat(s.get(0).path()).isEqualTo(dir.resolve("z.md"));
        assertThat(s.get(1).isStdin()).isTrue();
        assertThat(s.get(1).name()).isEqualTo("-");
        assertThat(s.get(2).name()).isEqualTo(dir.resolve("a.txt").toString());
        assertThat(s.get(3).problem()).isEqualTo("no such file or directory: " + dir.resolve("gone.txt"));
        assertThat(s.get(3).isStdin()).isFalse();
    }

    @Test
    void namesDirectoryTellsABatchFromASingleFile() throws IOException {
        touch("a.txt");
        assertThat(InputWalker.namesDirectory(List.of(dir.resolve("a.txt").toString(), "-"))).isFalse();
        assertThat(InputWalker.namesDirectory(List.of(dir.toString()))).isTrue();
    }
}
