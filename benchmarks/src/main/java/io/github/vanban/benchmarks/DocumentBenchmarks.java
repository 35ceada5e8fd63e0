package io.github.vanban.benchmarks;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.examples.SampleDispatch;
import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.ReadResult;
import io.github.vanban.validation.DocumentValidator;
import io.github.vanban.validation.Profile;
import io.github.vanban.validation.ValidationReport;
import java.io.StringReader;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-document cost of the main jobs on the sample công văn: reading and writing each format, and validating
 * against nd30-2020 — the figures a pipeline multiplies by its number of documents. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar DocumentBenchmarks -prof gc} to see allocation per document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DocumentBenchmarks {

    private AdministrativeDocument dispatch;
    private String json;
    private String xml;
    private String text;
    private DocumentValidator validator;

    /** Builds the sample and its three written forms once. */
    @Setup
    public void setUp() {
        dispatch = SampleDispatch.build();
        json = DocumentFormats.writeToString(dispatch, Format.JSON);
        xml = DocumentFormats.writeToString(dispatch, Format.XML);
        text = DocumentFormats.writeToString(dispatch, Format.TEXT);
        validator = DocumentValidator.forRuleSet("nd30-2020");
    }

    /** @return the document read from JSON */
    @Benchmark
    public ReadResult readJson() {
        return DocumentFormats.read(new StringReader(json), Format.JSON);
    }

    /** @return the document written as JSON */
    @Benchmark
    public String writeJson() {
        return DocumentFormats.writeToString(dispatch, Format.JSON);
    }

    /** @return the document read from XML */
    @Benchmark
    public ReadResult readXml() {
        return DocumentFormats.read(new StringReader(xml), Format.XML);
    }

    /** @return the document written as XML */
    @Benchmark
    public String writeXml() {
        return DocumentFormats.writeToString(dispatch, Format.XML);
    }

    /** @return the document read from Decree 30 plain text */
    @Benchmark
    public ReadResult readText() {
        return DocumentFormats.read(new StringReader(text), Format.TEXT);
    }

    /** @return the document rendered as plain text */
    @Benchmark
    public String writeText() {
        return DocumentFormats.writeToString(dispatch, Format.TEXT);
    }

    /** @return the nd30-2020 report of the issued profile */
    @Benchmark
    public ValidationReport validateIssued() {
        return validator.validate(dispatch, Profile.ISSUED, Locale.ENGLISH);
    }
}
