package io.github.vanban.core.component;

import static io.github.vanban.core.ParseAssertions.parsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.vanban.core.ParseAssertions;
import io.github.vanban.core.ParseException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void iso_format_then_parse_gives_back_the_value() {
        qt().forAll(PlaceAndDateTest.partialDates()).checkAssert(d -> {
            assertThat(parsed(PartialDate::parseIso, d.toIsoString())).isEqualTo(d);
            assertThat(d.toString()).isEqualTo(d.toIsoString());
        });
    }

    @Test
    void iso_forms() throws ParseException {
        assertThat(PartialDate.of(LocalDate.of(2023, 2, 5)).toIsoString()).isEqualTo("2023-02-05");
        assertThat(PartialDate.ofMonth(2023, 2).toIsoString()).isEqualTo("2023-02");
        assertThat(new PartialDate(2023, null, null).toIsoString()).isEqualTo("2023");
        assertThat(new PartialDate(999, 1, 1).toIsoString()).isEqualTo("0999-01-01");
        assertThat(PartialDate.parseIso(" 2023-02 ")).isEqualTo(PartialDate.ofMonth(2023, 2));
    }

    @Test
    void completeness_and_earliest_day() {
        PartialDate full = PartialDate.of(LocalDate.of(2023, 2, 5));
        assertThat(full.isComplete()).isTrue();
        assertThat(full.toLocalDate()).contains(LocalDate.of(2023, 2, 5));
        PartialDate month = PartialDate.ofMonth(2023, 2);
        assertThat(month.isComplete()).isFalse();
        assertThat(month.toLocalDate()).isEmpty();
        assertThat(month.earliest()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(new PartialDate(2023, null, null).earliest()).isEqualTo(LocalDate.of(2023, 1, 1));
    }

    @Test
    void impossible_dates_are_rejected() {
        assertThatThrownBy(() -> new PartialDate(2023, null, 5)).hasMessageContaining("a day needs a month");
        assertThatThrownBy(() -> new PartialDate(2023, 2, 29)).hasMessageContaining("no such date");
        assertThatThrownBy(() -> new PartialDate(0, null, null)).hasMessageContaining("year out of range");
        assertThatThrownBy(() -> new PartialDate(2023, 13, null)).hasMessageContaining("no such date");
        assertThat(new PartialDate(2024, 2, 29).isComplete()).isTrue();
    }

    @Test
    void parseIso_rejects_other_forms_naming_where() {
        assertError("05/02/2023", 2, "expected yyyy, yyyy-MM or yyyy-MM-dd");
        assertError("2023-2-5", 6, "expected yyyy");
        assertError("2023-02-30", 8, "no such date");
        assertError("2023-13", 5, "no such date");
        assertError("0000", 0, "year out of range");
        assertError("２０２３", 0, "expected yyyy");
    }

    private static void assertError(String text, int offset, String reason) {
        ParseAssertions.assertParseError(PartialDate::parseIso, text, "ngày tháng", offset, reason);
    }
}
