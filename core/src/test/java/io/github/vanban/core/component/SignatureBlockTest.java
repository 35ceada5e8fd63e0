package io.github.vanban.core.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignatureBlockTest {

    @Test
    void competence_is_the_first_prefix_and_position_the_last_title() {
        SignatureBlock b = SignatureBlock.of(" Nguyễn Văn An ", new AuthorityLine(SigningAuthority.TM, "ỦY BAN NHÂN DÂN"),
                new AuthorityLine(SigningAuthority.KT, "CHỦ TỊCH"), AuthorityLine.of("PHÓ CHỦ TỊCH"));
        assertThat(b.competence()).contains(SigningAuthority.TM);
        assertThat(b.position()).contains("PHÓ CHỦ TỊCH");
        assertThat(b.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(b.kind()).isEqualTo(SignatureKind.HANDWRITTEN);
        assertThat(b.lines()).extracting(AuthorityLine::format)
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
    }

    @Test
    void a_head_signing_directly_has_no_competence_and_an_empty_block_no_position() {
        assertThat(SignatureBlock.of("Trần B", AuthorityLine.of("GIÁM ĐỐC")).competence()).isEmpty();
        SignatureBlock unsigned = new SignatureBlock(List.of(), " ", SignatureKind.UNSIGNED);
        assertThat(unsigned.position()).isEmpty();
        assertThat(unsigned.fullName()).isNull();
        assertThat(SignatureKind.values()).containsExactly(SignatureKind.HANDWRITTEN, SignatureKind.DIGITAL,
                SignatureKind.UNSIGNED);
    }

    @ParameterizedTest
    @CsvSource({"TM., TM, thay mặt", "KT., KT, ký thay", "TL., TL, thừa lệnh", "TUQ., TUQ, thừa ủy quyền",
        "Q., Q, quyền"})
    void signing_authorities_and_their_prefixes(String prefix, SigningAuthority authority, String meaning) {
        assertThat(authority.prefix()).isEqualTo(prefix);
        assertThat(authority.vietnameseName()).isEqualTo(meaning);
        assertThat(SigningAuthority.fromPrefix(prefix)).contains(authority);
        assertThat(SigningAuthority.fromPrefix(" " + authority.name() + " ")).contains(authority);
        assertThat(SigningAuthority.fromPrefix(prefix.toLowerCase())).isEmpty();
    }
}
