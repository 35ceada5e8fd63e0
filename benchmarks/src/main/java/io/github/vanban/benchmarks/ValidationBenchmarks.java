package io.github.vanban.benchmarks;

import io.github.vanban.core.document.OfficialDispatch;
import io.github.vanban.examples.SampleDispatch;
import io.github.vanban.validation.DocumentValidator;
import io.github.vanban.validation.Profile;
import io.github.vanban.validation.ValidationReport;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Speed of validating one document against Nghị định 30/2020/NĐ-CP (rule set {@code nd30-2020}, 55 rules): the
 * sample draft công văn as a draft (no finding) and as an issued document (two findings rendered in English).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValidationBenchmarks {

    private final DocumentValidator validator = DocumentValidator.forRuleSet("nd30-2020");
    private final OfficialDispatch dispatch = SampleDispatch.build();

    /** @return the report of the dispatch checked as a draft */
    @Benchmark
    public ValidationReport validateDraft() {
        return validator.validate(dispatch, Profile.DRAFT, Locale.ENGLISH);
    }

    /** @return the report of the dispatch checked as an issued document */
    @Benchmark
    public ValidationReport validateIssued() {
        return validator.validate(dispatch, Profile.ISSUED, Locale.ENGLISH);
    }
}
