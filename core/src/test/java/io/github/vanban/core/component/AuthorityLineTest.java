package io.github.vanban.core.component;

import static io.github.vanban.core.ParseAssertions.parsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.vanban.core.ParseException;
import io.github.vanban.core.VietnameseGen;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AuthorityLineTest {

    private static final Set<String> PREFIX_WORDS = Set.of("TM", "KT", "TL", "TUQ", "Q");

    static Gen<AuthorityLine> lines() {
        Gen<String> title = VietnameseGen.phrase(VietnameseGen.upperSyllable(), 1, 5)
                .assuming(t -> !PREFIX_WORDS.contains(t.split(" ")[0].replace(".", "")));
        return Generate.enumValues(SigningAuthority.class).toOptionals(80)
                .zip(title, (a, t) -> new AuthorityLine(a.orElse(null), t));
    }

    @Test
    void format_then_parse_gives_back_the_value() {
        qt().forAll(lines()).checkAssert(line -> {
            assertThat(parsed(AuthorityLine::parse, line.format())).isEqualTo(line);
        });
    }

    @Test
    void reads_prefixes_with_or_without_dot_and_space() throws ParseException {
        assertThat(AuthorityLine.parse("KT. GIÁM ĐỐC")).isEqualTo(new AuthorityLine(SigningAuthority.KT, "GIÁM ĐỐC"));
        assertThat(AuthorityLine.parse("TM ỦY BAN NHÂN DÂN")).isEqualTo(new AuthorityLine(SigningAuthority.TM, "ỦY BAN NHÂN DÂN"));
        assertThat(AuthorityLine.parse("KT.GIÁM ĐỐC")).isEqualTo(new AuthorityLine(SigningAuthority.KT, "GIÁM ĐỐC"));
        assertThat(AuthorityLine.parse("TUQ. CHỦ TỊCH").authority()).isEqualTo(SigningAuthority.TUQ);
        assertThat(AuthorityLine.parse("Q. GIÁM ĐỐC").authority()).isEqualTo(SigningAuthority.Q);
        assertThat(AuthorityLine.parse("  PHÓ   GIÁM ĐỐC ")).isEqualTo(AuthorityLine.of("PHÓ GIÁM ĐỐC"));
        assertThat(AuthorityLine.parse("QUẢN ĐỐC").authority()).isNull();
        assertThat(AuthorityLine.parse("TLX GIÁM ĐỐC").authority()).isNull();
    }

    @Test
    void format_prints_the_prefix_with_its_dot() {
        assertThat(new AuthorityLine(SigningAuthority.TL, "BỘ TRƯỞNG").format()).isEqualTo("TL. BỘ TRƯỞNG");
        assertThat(AuthorityLine.of("GIÁM ĐỐC").format()).isEqualTo("GIÁM ĐỐC");
    }

    @Test
    void a_prefix_without_title_is_a_parse_error() {
        assertThatThrownBy(() -> AuthorityLine.parse("KT.")).isInstanceOfSatisfying(ParseException.class, e -> {
            assertThat(e.component()).isEqualTo("quyền hạn, chức vụ người ký");
            assertThat(e.getMessage()).contains("no title after \"KT.\"");
            assertThat(e.offset()).isEqualTo(3);
        });
    }
}
