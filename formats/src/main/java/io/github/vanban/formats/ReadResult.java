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
 * @param confidence for the text reader, a confidence from 0 to 1 per component (keys such as
 *     {@code "number"}, {@code "placeAndDate"}, {@code "signature"}); empty for the other formats
 */
public record ReadResult(@Nullable AdministrativeDocument document, Format format, List<Diagnostic> diagnostics,
                         Map<String, Double> confidence) {

    /** Copies the collections. */
    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
        confidence = Map.copyOf(confidence);
    }

    /**
     * @param document the document read
     * @param format the format
     * @param diagnostics warnings and notes
     * @return a successful result
     */
    public static ReadResult success(AdministrativeDocument document, Format format, List<Diagnostic> diagnostics) {
        return new ReadResult(document, format, diagnostics, Map.of());
    }

    /**
     * @param format the format
     * @param error what stopped reading
     * @return a failed result
     */
    public static ReadResult failure(Format format, Diagnostic error) {
        return new ReadResult(null, format, List.of(error), Map.of());
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
