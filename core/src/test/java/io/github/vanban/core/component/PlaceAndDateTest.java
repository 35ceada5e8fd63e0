package io.github.vanban.core.component;

import static io.github.vanban.core.ParseAssertions.parsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.vanban.core.ParseAssertions;
import io.github.vanban.core.ParseException;
import io.github.vanban.core.VietnameseGen;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PlaceAndDateTest {

    static Gen<PartialDate> partialDates() {
        Gen<LocalDate> days = Generate.longRange(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        return days.zip(Generate.range(0, 2), (d, blanks) -> blanks == 0 ? PartialDate.of(d)
                : blanks == 1 ? PartialDate.ofMonth(d.getYear(), d.getMonthValue())
                : new PartialDate(d.getYear(), null, null));
    }

    static Gen<PlaceAndDate> placesAndDates() {
        return VietnameseGen.properName().toOptionals(90).zip(partialDates().toOptionals(90),
                (p, d) -> PlaceAndDate.of(p.orElse(null), d.orElse(null)));
    }

    @Test
    void format_then_parse_gives_back_the_value_with_the_line_as_written_form() {
        qt().forAll(placesAndDates()).checkAssert(pd -> {
            PlaceAndDate read = parsed(PlaceAndDate::parse, pd.format());
            assertThat(read).isEqualTo(new PlaceAndDate(pd.place(), pd.date(), pd.format()));
            assertThat(read.line()).isEqualTo(pd.format());
        });
    }

    @Test
    void format_follows_the_decree() {
        assertThat(PlaceAndDate.of("Hưng Yên", PartialDate.of(LocalDate.of(2023, 2, 5))).format())
                .isEqualTo("Hưng Yên, ngày 05 tháng 02 năm 2023");
        assertThat(PlaceAndDate.of("Thành phố Hồ Chí Minh", PartialDate.of(LocalDate.of(2019, 6, 29))).format())
                .isEqualTo("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019");
        assertThat(PlaceAndDate.of("Hà Nội", PartialDate.of(LocalDate.of(2020, 1, 5))).format())
                .isEqualTo("Hà Nội, ngày 05 tháng 01 năm 2020");
        assertThat(PlaceAndDate.of("Hưng Yên", PartialDate.ofMonth(2023, 2)).format())
                .isEqualTo("Hưng Yên, ngày   tháng 02 năm 2023");
        assertThat(PlaceAndDate.of("Hưng Yên", null).format()).isEqualTo("Hưng Yên, ngày   tháng   năm");
    }

    @Test
    void parse_reads_lines_keeping_the_written_form() throws ParseException {
        PlaceAndDate pd = PlaceAndDate.parse("  Hưng Yên, ngày 5 tháng 2 năm 2023. ");
        assertThat(pd.place()).isEqualTo("Hưng Yên");
        assertThat(pd.date()).isEqualTo(PartialDate.of(LocalDate.of(2023, 2, 5)));
        assertThat(pd.writtenForm()).isEqualTo("Hưng Yên, ngày 5 tháng 2 năm 2023.");
        assertThat(pd.line()).isEqualTo("Hưng Yên, ngày 5 tháng 2 năm 2023.");
        assertThat(pd.format()).isEqualTo("Hưng Yên, ngày 05 tháng 02 năm 2023");
        assertThat(PlaceAndDate.parse("Hưng Yên, ngày    tháng 02 năm 2023").date()).isEqualTo(PartialDate.ofMonth(2023, 2));
        assertThat(PlaceAndDate.parse("Hà Nội ngày 05 tháng 3 năm 2020").place()).isEqualTo("Hà Nội");
        assertThat(PlaceAndDate.parse("Huế, Thừa Thiên Huế, ngày 01 tháng 12 năm 2020").place())
                .isEqualTo("Huế, Thừa Thiên Huế");
        assertThat(PlaceAndDate.parse("HÀ NỘI, NGÀY 05 THÁNG 3 NĂM 2020").date()).isEqualTo(PartialDate.of(LocalDate.of(2020, 3, 5)));
        assertThat(PlaceAndDate.parse("Ha\u0300 Nô\u0323i, ngày 05 tháng 3 năm 2020").place()).isEqualTo("Hà Nội");
    }

    @Test
    void parse_rejects_what_is_not_a_date_line_naming_where() {
        assertError("Hưng Yên", 0, "missing \"ngày … tháng … năm …\"");
        assertError("Hưng Yên, ngày 05 tháng 02", 10, "expected \"ngày DD tháng MM năm YYYY\"");
        assertError("Hưng Yên, ngày 30 tháng 02 năm 2023", 15, "no such date");
        assertError("Hưng Yên, ngày 05 tháng 13 năm 2023", 15, "no such date");
        assertError("Hưng Yên, ngày 05 tháng   năm 2023", 15, "a day needs a month");
        assertError("Hưng Yên, ngày 05 tháng 02 năm", 30, "missing year");
    }

    @Test
    void blank_texts_become_null() {
        PlaceAndDate pd = new PlaceAndDate("  ", null, " ");
        assertThat(pd.place()).isNull();
        assertThat(pd.writtenForm()).isNull();
        assertThat(pd.line()).isEqualTo("ngày   tháng   năm");
    }

    private static void assertError(String text, int offset, String reason) {
        ParseAssertions.assertParseError(PlaceAndDate::parse, text, "địa danh và thời gian", offset, reason);
    }
}
