package io.github.vanban.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Turns the PATH arguments of the command into documents, lazily and in a stable order (duyệt thư mục): a file
 * is itself; a directory is every document file below it (extensions {@code .txt}, {@code .text},
 * {@code .json}, {@code .xml}, {@code .edxml}; hidden entries skipped), depth first, entries sorted by name;
 * {@code -} is standard input. A path that does not exist becomes a source that will be reported as FAILED.
 *
 * <p>Only one directory listing per level is held at a time, so walking a tree of many thousands of files needs
 * memory for its deepest path, not for all of its files.
 */
public final class InputWalker implements Iterator<InputSource> {

    /** Extensions of the files taken from a directory. */
    public static final Set<String> DOCUMENT_EXTENSIONS = Set.of("txt", "text", "json", "xml", "edxml");

    private final Iterator<String> arguments;
    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    private @Nullable InputSource next;

    /** @param arguments the PATH arguments as given */
    public InputWalker(List<String> arguments) {
        this.arguments = List.copyOf(arguments).iterator();
    }

    /**
     * Counts the documents the arguments name, walking them once (used for the total of a progress bar).
     *
     * @param arguments the PATH arguments
     * @return the number of documents
     */
    public static long count(List<String> arguments) {
        long n = 0;
        for (InputWalker w = new InputWalker(arguments); w.hasNext(); w.next()) {
            n++;
        }
        return n;
    }

    /**
     * @param arguments the PATH arguments
     * @return whether any of them is a directory
     */
    public static boolean namesDirectory(List<String> arguments) {
        return arguments.stream().anyMatch(a -> !a.equals(InputSource.STDIN) && Files.isDirectory(Path.of(a)));
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public InputSource next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputSource s = next;
        next = null;
        return s;
    }

    private @Nullable InputSource advance() {
        while (true) {
            while (!stack.isEmpty()) {
                Iterator<Path> level = stack.peek();
                if (!level.hasNext()) {
                    stack.pop();
                    continue;
                }
                Path p = level.next();
                if (Files.isDirectory(p)) {
                    InputSource problem = push(p);
                    if (problem != null) {
                        return problem;
                    }
                } else if (Files.isRegularFile(p) && isDocument(p)) {
                    return InputSource.file(p);
                }
            }
            if (!arguments.hasNext()) {
                return null;
            }
            String arg = arguments.next();
            if (arg.equals(InputSource.STDIN)) {
                return InputSource.stdin();
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                InputSource problem = push(p);
                if (problem != null) {
                    return problem;
                }
            } else if (Files.exists(p)) {
                return InputSource.file(p);
            } else {
                return InputSource.broken(arg, "no such file or directory: " + arg);
            }
        }
    }

    private @Nullable InputSource push(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> sorted = entries.filter(e -> !e.getFileName().toString().startsWith("."))
                    .sorted().toList();
            stack.push(sorted.iterator());
            return null;
        } catch (IOException | UncheckedIOException e) {
            return InputSource.broken(dir.toString(), "cannot list directory " + dir + ": " + e.getMessage());
        }
    }

    private static boolean isDocument(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && DOCUMENT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
