package io.github.vanban.core.component;

import static io.github.vanban.core.ParseAssertions.parsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.vanban.core.ParseAssertions;
import io.github.vanban.core.ParseException;
import io.github.vanban.core.VietnameseGen;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ArchiveLineTest {

    static Gen<ArchiveLine> lines() {
        Gen<String> unit = Generate.oneOf(VietnameseGen.abbreviationGroup(), VietnameseGen.properName());
        return lists().of(unit).ofSizeBetween(1, 4).zip(integers().between(1, 999).toOptionals(60),
                Generate.pick(List.of(".", "", ";")),
                (units, copies, ending) -> new ArchiveLine(units, copies.orElse(null), ending));
    }

    @Test
    void format_then_parse_gives_back_the_value() {
        qt().forAll(lines()).checkAssert(line -> {
            assertThat(parsed(ArchiveLine::parse, line.format())).isEqualTo(line);
            assertThat(parsed(ArchiveLine::parse, "- " + line.format())).isEqualTo(line);
        });
    }

    @Test
    void reads_the_decree_examples() throws ParseException {
        assertThat(ArchiveLine.parse("- Lưu: VT, TCCB.")).isEqualTo(new ArchiveLine(List.of("VT", "TCCB"), null, "."));
        assertThat(ArchiveLine.parse("- Lưu: VT, HC (2).")).isEqualTo(new ArchiveLine(List.of("VT", "HC"), 2, "."));
        assertThat(ArchiveLine.parse("- Lưu: VT, Hồ sơ.").units()).containsExactly("VT", "Hồ sơ");
        assertThat(ArchiveLine.parse("- Lưu: VT.").units()).containsExactly(ArchiveLine.VAN_THU);
        assertThat(ArchiveLine.parse("Lưu VT; VP (02b)").copies()).isEqualTo(2);
        assertThat(ArchiveLine.parse("Lưu VT; VP (02b)").ending()).isEmpty();
    }

    @Test
    void of_and_format() {
        assertThat(ArchiveLine.of("VT", "VP").format()).isEqualTo("Lưu: VT, VP.");
        assertThat(new ArchiveLine(List.of(" VT ", "HC"), 2, " . ").format()).isEqualTo("Lưu: VT, HC (2).");
        assertThat(ArchiveLine.of("VT").units()).isEqualTo(List.of("VT"));
    }

    @Test
    void rejects_lines_without_units_or_with_absurd_counts() {
        assertError("- Nơi nhận: VT.", 2, "expected \"Lưu: VT, …\"");
        assertError("- Lưu: .", 7, "no archiving unit");
        assertError("Lưu: VT (99999999999).", 9, "number of copies too large");
    }

    private static void assertError(String text, int offset, String reason) {
        ParseAssertions.assertParseError(ArchiveLine::parse, text, "lưu", offset, reason);
    }
}
