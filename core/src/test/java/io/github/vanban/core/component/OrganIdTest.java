package io.github.vanban.core.component;

import static io.github.vanban.core.ParseAssertions.parsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.vanban.core.ParseAssertions;
import io.github.vanban.core.ParseException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class OrganIdTest {

    static Gen<String> levelOne() {
        return Generate.range('A', 'Y').zip(integers().between(0, 99), (c, n) -> (char) c.intValue() + String.format("%02d", n));
    }

    static Gen<OrganId> legacy() {
        return integers().between(0, 999).zip(integers().between(0, 99), integers().between(0, 99), levelOne(),
                (a, b, c, l) -> new OrganId(String.format("%03d.%02d.%02d.%s", a, b, c, l), OrganId.Form.LEGACY));
    }

    static Gen<OrganId> qd20() {
        Gen<String> group = Generate.oneOf(integers().between(0, 999).map(i -> String.format("%02d", i)),
                levelOne());
        return levelOne().zip(lists().of(group).ofSizeBetween(0, 6),
                (l, gs) -> new OrganId(l + gs.stream().map(g -> "." + g).reduce("", String::concat), OrganId.Form.QD20))
                .assuming(id -> id.value().length() <= 35);
    }

    @Test
    void format_then_parse_gives_back_the_value_in_both_forms() {
        qt().forAll(Generate.oneOf(legacy(), qd20())).checkAssert(id -> {
            assertThat(parsed(OrganId::parse, id.format())).isEqualTo(id);
            assertThat(parsed(OrganId::parse, " " + id + " ")).isEqualTo(id);
        });
    }

    @Test
    void both_forms_and_their_level_one_codes() throws ParseException {
        OrganId legacy = OrganId.parse("000.00.00.H41");
        assertThat(legacy.form()).isEqualTo(OrganId.Form.LEGACY);
        assertThat(legacy.levelOneCode()).isEqualTo("H41");
        OrganId qd20 = OrganId.parse("H26.20.21");
        assertThat(qd20.form()).isEqualTo(OrganId.Form.QD20);
        assertThat(qd20.levelOneCode()).isEqualTo("H26");
        assertThat(qd20.toString()).isEqualTo("H26.20.21");
    }

    @Test
    void constructor_checks_the_form() {
        assertThatThrownBy(() -> new OrganId("H41", OrganId.Form.LEGACY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrganId("000.00.00.H41", OrganId.Form.QD20))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_other_shapes_naming_where() {
        assertError("000.00.00.h41", 10, "unexpected character 'h'");
        assertError("Z41.01", 0, "neither");
        assertError("H41." + "1".repeat(40), 35, "longer than 35 characters");
        assertError("H4", 0, "neither");
    }

    private static void assertError(String text, int offset, String reason) {
        ParseAssertions.assertParseError(OrganId::parse, text, "mã định danh", offset, reason);
    }
}
