package io.github.vanban.core.component;

import static io.github.vanban.core.ParseAssertions.parsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.vanban.core.ParseAssertions;
import io.github.vanban.core.ParseException;
import io.github.vanban.core.VietnameseGen;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DocumentNumberTest {

    static Gen<DocumentNumber> numbers() {
        Gen<String> digits = integers().between(0, 99_999).zip(integers().between(0, 2),
                (n, pad) -> "0".repeat(pad) + n);
        return digits.toOptionals(80).zip(VietnameseGen.notation(), (d, n) -> new DocumentNumber(d.orElse(null), n));
    }

    @Test
    void format_then_parse_gives_back_the_value() {
        qt().forAll(numbers()).checkAssert(n -> {
            assertThat(parsed(DocumentNumber::parse, n.format())).isEqualTo(n);
            assertThat(parsed(DocumentNumber::parse, n.code())).isEqualTo(n);
        });
    }

    @Test
    void parse_reads_the_decree_examples() throws ParseException {
        assertThat(DocumentNumber.parse("Số: 05/BNV-VP")).isEqualTo(new DocumentNumber("05", "BNV-VP"));
        assertThat(DocumentNumber.parse("Số: 15/QĐ-BNV").groups()).containsExactly("QĐ", "BNV");
        assertThat(DocumentNumber.parse("Số 12/UBND-VX").value()).isEqualTo(OptionalInt.of(12));
        assertThat(DocumentNumber.parse("279/UBND-NC").number()).isEqualTo("279");
    }

    @Test
    void parse_reads_a_draft_with_blank_number_and_tolerates_spaces() throws ParseException {
        DocumentNumber draft = DocumentNumber.parse("Số:      /SKHCN-VP");
        assertThat(draft.isBlank()).isTrue();
        assertThat(draft.number()).isNull();
        assertThat(draft.value()).isEmpty();
        assertThat(draft.format()).isEqualTo("Số: /SKHCN-VP");
        assertThat(DocumentNumber.parse("Số: 05 / BNV - VP")).isEqualTo(new DocumentNumber("05", "BNV-VP"));
        assertThat(DocumentNumber.parse("SỐ: 30/2020/NĐ-CP").notation()).isEqualTo("2020/NĐ-CP");
    }

    @Test
    void parse_keeps_the_number_as_written() throws ParseException {
        assertThat(DocumentNumber.parse("Số: 5/BNV-VP").number()).isEqualTo("5");
        assertThat(DocumentNumber.parse("Số: 005/BNV-VP").value()).isEqualTo(OptionalInt.of(5));
    }

    @Test
    void parse_rejects_bad_numbers_naming_the_offset() {
        assertParseError("Số: 05-BNV", 6, "expected \"/\" after the number, found '-'");
        assertParseError("Số: 05", 6, "missing \"/\" before the ký hiệu");
        assertParseError("Số: 05/", 7, "missing ký hiệu after \"/\"");
        assertParseError("Số: 05/BNV--VP", 11, "empty group in ký hiệu");
        assertParseError("Số: 05/BNV-", 10, "empty group at the end");
        assertParseError("Số: 05/BN V", 9, "space inside a group");
        assertParseError("Số: 05/BNV;VP", 10, "unexpected character ';'");
    }

    @Test
    void parse_rejects_non_ascii_digits_with_a_parse_exception() {
        // Arabic-Indic five: Character.isDigit accepts it, the model does not (it used to escape as an
        // IllegalArgumentException from the constructor).
        assertParseError("Số: \u0665/BNV", 4, "expected \"/\" after the number");
        assertParseError("\uFF10\uFF15/BNV", 0, "expected \"/\" after the number");
    }

    @Test
    void of_pads_numbers_below_ten_and_blank_leaves_the_number_out() {
        assertThat(DocumentNumber.of(5, "BNV", "VP").format()).isEqualTo("Số: 05/BNV-VP");
        assertThat(DocumentNumber.of(123, "QĐ", "UBND").code()).isEqualTo("123/QĐ-UBND");
        assertThat(DocumentNumber.blank("SKHCN", "VP").code()).isEqualTo("/SKHCN-VP");
        assertThatThrownBy(() -> DocumentNumber.of(0, "X")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructor_rejects_impossible_values_and_normalises_to_nfc() {
        assertThatThrownBy(() -> new DocumentNumber("5a", "BNV")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentNumber("", "BNV")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentNumber("5", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentNumber("5", "B NV")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentNumber("5", "-BNV")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DocumentNumber("5", "Q\u0110-UBND").notation()).isEqualTo("QĐ-UBND");
        assertThat(new DocumentNumber("5", "QD\u0323").notation()).isEqualTo("QḌ");
    }

    @Test
    void value_is_empty_beyond_int_range() {
        assertThat(new DocumentNumber("12345678901", "X").value()).isEmpty();
        assertThat(new DocumentNumber("000", "X").value()).isEqualTo(OptionalInt.of(0));
        assertThat(new DocumentNumber("1", "A-B-C").groups()).isEqualTo(List.of("A", "B", "C"));
    }

    private static void assertParseError(String text, int offset, String reason) {
        ParseAssertions.assertParseError(DocumentNumber::parse, text, "số, ký hiệu", offset, reason);
    }
}
