package io.github.vanban.cli.internal;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.formats.Diagnostic;
import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.ReadOptions;
import io.github.vanban.formats.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads and checks one document (kiểm tra một văn bản): detects or forces its format, reads it with
 * {@link DocumentFormats}, runs the rule set and places every finding at its input line. Never throws: a document
 * that cannot be read or checked becomes a {@link Status#FAILED} outcome carrying the reason.
 *
 * @param engine the rule set
 * @param profile draft or issued
 * @param locale the language of the messages
 * @param forced the format to read every input as, or {@code null} to detect it from the content
 * @param stdin standard input, for the source {@code -}
 */
public record DocumentChecker(RuleEngine engine, Profile profile, Locale locale, @Nullable Format forced,
                              InputStream stdin) {

    /** @throws NullPointerException when a part is missing */
    public DocumentChecker {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(stdin, "stdin");
    }

    /**
     * @param source one input
     * @return its report
     */
    public DocumentOutcome check(InputSource source) {
        if (source.problem() != null) {
            return failed(source, "", new ReadNote(Severity.ERROR, "io.not-found", source.problem(), 0, ""));
        }
        ReadResult read;
        try {
            read = read(source);
        } catch (IOException e) {
            return failed(source, "", new ReadNote(Severity.ERROR, "io.unreadable",
                    "cannot read " + source.name() + ": " + e.getMessage(), 0, ""));
        } catch (RuntimeException e) {
            return failed(source, "", new ReadNote(Severity.ERROR, "processing.failed",
                    "reading failed: " + e, 0, ""));
        }
        String format = read.format().name().toLowerCase(Locale.ROOT);
        List<ReadNote> notes = notes(read);
        AdministrativeDocument document = read.document();
        if (document == null) {
            return new DocumentOutcome(source.name(), Status.FAILED, profile.lowerName(), engine.ruleSetId(),
                    format, List.of(), notes.isEmpty() ? List.of(new ReadNote(Severity.ERROR, "read.failed",
                    "the document could not be read", 0, "")) : notes);
        }
        List<FindingView> findings;
        try {
            findings = engine.check(document, profile, locale);
        } catch (RuntimeException e) {
            List<ReadNote> all = new ArrayList<>(notes);
            all.add(new ReadNote(Severity.ERROR, "processing.failed", "checking failed: " + e, 0, ""));
            return new DocumentOutcome(source.name(), Status.FAILED, profile.lowerName(), engine.ruleSetId(),
                    format, List.of(), all);
        }
        List<FindingView> placed = new ArrayList<>(findings.size());
        for (FindingView f : findings) {
            placed.add(f.line() > 0 ? f : f.atLine(read.lineOf(f.pointer())));
        }
        // document order for people: findings with a known line by line, the others after them (stable)
        placed.sort(Comparator.comparingInt(f -> f.line() > 0 ? f.line() : Integer.MAX_VALUE));
        boolean error = placed.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        return new DocumentOutcome(source.name(), error ? Status.INVALID : Status.VALID, profile.lowerName(),
                engine.ruleSetId(), format, placed, notes);
    }

    private ReadResult read(InputSource source) throws IOException {
        Path path = source.path();
        if (path != null) {
            Format format = forced != null ? forced : DocumentFormats.detect(path);
            return DocumentFormats.read(path, format);
        }
        // one byte past the limit, so that the reader reports an oversized input instead of a truncated one
        long limit = ReadOptions.DEFAULTS.maxInputBytes() + 1;
        byte[] bytes = stdin.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
        Format format = forced != null ? forced : DocumentFormats.detect(bytes);
        return DocumentFormats.read(new ByteArrayInputStream(bytes), format);
    }

    private DocumentOutcome failed(InputSource source, String format, ReadNote why) {
        return new DocumentOutcome(source.name(), Status.FAILED, profile.lowerName(), engine.ruleSetId(), format,
                List.of(), List.of(why));
    }

    /**
     * @param read a read result
     * @return its diagnostics as report notes
     */
    public static List<ReadNote> notes(ReadResult read) {
        List<ReadNote> notes = new ArrayList<>(read.diagnostics().size());
        for (Diagnostic d : read.diagnostics()) {
            String path = d.location().path();
            notes.add(new ReadNote(Severity.of(d.severity().name()), d.code(), d.message(), d.location().line(),
                    path == null ? "" : path));
        }
        return notes;
    }
}
