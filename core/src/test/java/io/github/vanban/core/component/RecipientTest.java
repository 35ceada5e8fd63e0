package io.github.vanban.core.component;

import static io.github.vanban.core.ParseAssertions.parsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.vanban.core.ParseException;
import io.github.vanban.core.VietnameseGen;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RecipientTest {

    static Gen<Recipient> recipients() {
        Gen<String> purpose = Generate.oneOf(Generate.pick(List.of("để b/c", "để theo dõi", "để biết", "để thực hiện",
                "để phối hợp")), VietnameseGen.text());
        return VietnameseGen.text().zip(purpose.toOptionals(60), Generate.pick(List.of(";", ".", "", ",")),
                (n, p, e) -> new Recipient(n, p.orElse(null), e));
    }

    @Test
    void format_then_parse_gives_back_the_value() {
        qt().forAll(recipients()).checkAssert(r -> {
            assertThat(parsed(Recipient::parse, r.format())).isEqualTo(r);
            assertThat(parsed(Recipient::parse, "- " + r.format())).isEqualTo(r);
        });
    }

    @Test
    void reads_lines_with_purpose_and_ending() throws ParseException {
        assertThat(Recipient.parse("- Sở Nội vụ (để theo dõi);")).isEqualTo(new Recipient("Sở Nội vụ", "để theo dõi", ";"));
        assertThat(Recipient.parse("- Như trên;").isAsAbove()).isTrue();
        assertThat(Recipient.parse("+ NHƯ TRÊN").isAsAbove()).isTrue();
        assertThat(Recipient.parse("• Bộ Nội vụ").ending()).isEmpty();
        assertThat(Recipient.parse("– UBND tỉnh (để b/c);;").ending()).isEqualTo(";;");
    }

    @Test
    void of_and_format() {
        assertThat(Recipient.of("Sở Nội vụ", "để theo dõi").format()).isEqualTo("Sở Nội vụ (để theo dõi);");
        assertThat(Recipient.of(Recipient.AS_ABOVE).format()).isEqualTo("Như trên;");
        assertThat(new Recipient(" Bộ Nội vụ ", " ", ".").purpose()).isNull();
    }

    @Test
    void a_line_without_name_is_a_parse_error_not_an_illegal_argument() {
        assertThatThrownBy(() -> Recipient.parse("- ;")).isInstanceOfSatisfying(ParseException.class, e -> {
            assertThat(e.component()).isEqualTo("nơi nhận");
            assertThat(e.getMessage()).contains("no recipient name");
            assertThat(e.offset()).isEqualTo(2);
        });
    }
}
