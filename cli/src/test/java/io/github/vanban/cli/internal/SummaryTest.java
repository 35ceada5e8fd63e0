package io.github.vanban.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void exitCodeIs2WithAFailure1WithAnErrorElse0() {
        Summary s = new Summary();
        assertThat(s.exitCode()).isZero();
        s.add(Outcomes.valid());
        assertThat(s.exitCode()).isZero();
        s.add(Outcomes.invalid());
        assertThat(s.exitCode()).isEqualTo(1);
        s.add(Outcomes.failed());
        assertThat(s.exitCode()).isEqualTo(2);
        assertThat(s.errors()).isEqualTo(1);
        assertThat(s.line(Duration.ofMillis(1234))).isEqualTo("3 documents: 1 valid, 1 invalid, 1 failed in 1.23 s");
    }

    @Test
    void oneDocumentIsSingular() {
        Summary s = new Summary();
        s.add(Outcomes.valid());
        assertThat(s.line(Duration.ZERO)).isEqualTo("1 document: 1 valid, 0 invalid, 0 failed in 0.00 s");
    }
}
