package io.github.vanban.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParseExceptionTest {

    @Test
    void message_names_component_reason_offset_and_input() {
        ParseException e = new ParseException("số, ký hiệu", "Số: 05-BNV", 6, "missing \"/\"");
        assertThat(e.getMessage()).isEqualTo("số, ký hiệu: missing \"/\" at offset 6 in \"Số: 05-BNV\"");
        assertThat(e.component()).isEqualTo("số, ký hiệu");
        assertThat(e.input()).isEqualTo("Số: 05-BNV");
        assertThat(e.offset()).isEqualTo(6);
    }

    @Test
    void null_input_and_negative_offset_are_made_safe() {
        ParseException e = new ParseException("lưu", null, -1, "bad");
        assertThat(e.input()).isEmpty();
        assertThat(e.offset()).isZero();
    }

    @Test
    void requireText_rejects_null_and_blank_and_passes_text_through() throws ParseException {
        assertThat(ParseException.requireText("x", " a ")).isEqualTo(" a ");
        assertThatThrownBy(() -> ParseException.requireText("x", null)).isInstanceOf(ParseException.class)
                .hasMessage("x: no text (null) at offset 0 in \"\"");
        assertThatThrownBy(() -> ParseException.requireText("x", " ")).isInstanceOf(ParseException.class)
                .hasMessage("x: empty text at offset 0 in \" \"");
    }
}
