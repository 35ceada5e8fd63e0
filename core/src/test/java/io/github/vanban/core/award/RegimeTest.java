package io.github.vanban.core.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegimeTest {

    @Test
    void theDecisionDateChoosesTheRegimeAtEachBoundary() {
        assertThat(Regime.on(LocalDate.of(2023, 2, 15))).isEqualTo(Regime.R2017);
        assertThat(Regime.on(LocalDate.of(2023, 12, 31))).isEqualTo(Regime.R2017);
        assertThat(Regime.on(LocalDate.of(2024, 1, 1))).isEqualTo(Regime.R2024);
        assertThat(Regime.on(LocalDate.of(2025, 6, 30))).isEqualTo(Regime.R2024);
        assertThat(Regime.on(LocalDate.of(2025, 7, 1))).isEqualTo(Regime.R2025);
        assertThat(Regime.on(LocalDate.of(1990, 1, 1))).isEqualTo(Regime.R2017);
        assertThat(Regime.on(LocalDate.of(2099, 1, 1))).isEqualTo(Regime.R2025);
    }

    @Test
    void validityDatesAreOpenAtBothEnds() {
        assertThat(Regime.R2017.validFrom()).isEmpty();
        assertThat(Regime.R2017.validUntil()).contains(LocalDate.of(2023, 12, 31));
        assertThat(Regime.R2025.validFrom()).contains(LocalDate.of(2025, 7, 1));
        assertThat(Regime.R2025.validUntil()).isEmpty();
        assertThat(Regime.R2025.implementingDecree()).isEqualTo("Nghị định 152/2025/NĐ-CP");
    }
}
