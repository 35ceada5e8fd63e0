package io.github.vanban.formats;

import io.github.vanban.core.document.AdministrativeDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of reading a document (kết quả đọc): the document when one could be built, and the diagnostics.
 * A read never throws for bad input; a failed read has no document and at least one {@code ERROR} diagnostic
 * with its location.
 *
 * @param document the document, or {@code null} when reading failed
 * @param format the format that was read
 * @param diagnostics errors, warnings and repairs, in input order
 * @param confidence for the text reader, a confidence from 0 to 1 per component, keyed by the component's JSON
 *     pointer ({@code "/header/number"}, {@code "/closing/signer"}); empty for the other formats
 * @param sourceLines where each component was found in the input: JSON pointer of the component to its 1-based
 *     line, so that a validation finding (which carries a pointer) can be shown at its line; may be empty
 */
public record ReadResult(@Nullable AdministrativeDocument document, Format format, List<Diagnostic> diagnostics,
                         Map<String, Double> confidence, Map<String, Integer> sourceLines) {

    /** Copies the collections. */
    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
        confidence = Map.copyOf(confidence);
        sourceLines = Map.copyOf(sourceLines);
    }

    /**
     * Finds the input line of a component, or of its nearest enclosing component that has one.
     *
     * @param pointer a JSON pointer into the document, e.g. {@code /closing/recipients/toPlaces/1}
     * @return the 1-based line, or 0 when unknown
     */
    public int lineOf(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = sourceLines.get(p);
            if (line != null) {
                return line;
            }
            int slash = p.lastIndexOf('/');
            if (slash <= 0) {
                return 0;
            }
            p = p.substring(0, slash);
        }
    }

    /**
     * @param document the document read
     * @param format the format
     * @param diagnostics warnings and notes
     * @return a successful result
     */
    public static ReadResult success(AdministrativeDocument document, Format format, List<Diagnostic> diagnostics) {
        return new ReadResult(document, format, diagnostics, Map.of(), Map.of());
    }

    /**
     * @param format the format
     * @param error what stopped reading
     * @return a failed result
     */
    public static ReadResult failure(Format format, Diagnostic error) {
        return new ReadResult(null, format, List.of(error), Map.of(), Map.of());
    }

    /** @return {@code true} when a document was read */
    public boolean isSuccess() {
        return document != null;
    }

    /** @return the document, when one was read */
    public Optional<AdministrativeDocument> documentIfPresent() {
        return Optional.ofNullable(document);
    }

    /** @return the error diagnostics */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
    }

    /**
     * Returns the document or throws a checked exception carrying the diagnostics.
     *
     * @return the document
     * @throws DocumentReadException when reading failed
     */
    public AdministrativeDocument orThrow() throws DocumentReadException {
        if (document == null) {
            throw new DocumentReadException(this);
        }
        return document;
    }
}
