package io.github.vanban.core.component;

import static io.github.vanban.core.ParseAssertions.parsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.vanban.core.ParseAssertions;
import io.github.vanban.core.ParseException;
import io.github.vanban.core.VietnameseGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DrafterMarkTest {

    static Gen<DrafterMark> marks() {
        return VietnameseGen.upperSyllable().map(s -> s.length() > 4 ? s.substring(0, 4) : s)
                .zip(integers().between(1, 100_000).toOptionals(70), (i, c) -> new DrafterMark(i, c.orElse(null)));
    }

    @Test
    void format_then_parse_gives_back_the_value() {
        qt().forAll(marks()).checkAssert(m -> {
            assertThat(parsed(DrafterMark::parse, m.format())).isEqualTo(m);
        });
    }

    @Test
    void reads_the_decree_specimen_and_agency_forms() throws ParseException {
        assertThat(DrafterMark.parse("PL.(300)")).isEqualTo(new DrafterMark("PL", 300));
        assertThat(DrafterMark.parse("XT(05b)")).isEqualTo(new DrafterMark("XT", 5));
        assertThat(DrafterMark.parse("^{XT}")).isEqualTo(new DrafterMark("XT", null));
        assertThat(DrafterMark.parse(" XT. ")).isEqualTo(new DrafterMark("XT", null));
        assertThat(new DrafterMark("PL", 300).format()).isEqualTo("PL.(300)");
        assertThat(new DrafterMark("XT", null).format()).isEqualTo("XT");
    }

    @Test
    void rejects_what_holds_no_initials_naming_where() {
        assertError("(300)", 0, "expected initials");
        assertError("PL.(30", 2, "expected initials");
        assertError("PL.(9999999999)", 4, "number of copies too large");
    }

    private static void assertError(String text, int offset, String reason) {
        ParseAssertions.assertParseError(DrafterMark::parse, text, "ký hiệu người soạn thảo", offset, reason);
    }
}
