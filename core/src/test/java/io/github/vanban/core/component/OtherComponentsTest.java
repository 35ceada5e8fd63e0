package io.github.vanban.core.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Appendix, Attachment, ContactFooter, Meeting and Seal (Điều 8.3; ô 8, 13). */
class OtherComponentsTest {

    @Test
    void appendix_heading_and_normalisation() {
        Appendix a = new Appendix(" II ", " Danh sách ", " ", List.of("ho\u0300a"));
        assertThat(a.heading()).isEqualTo("Phụ lục II");
        assertThat(a.title()).isEqualTo("Danh sách");
        assertThat(a.referenceLine()).isNull();
        assertThat(a.paragraphs()).containsExactly("hòa");
        assertThat(new Appendix(null, "Biểu mẫu", "Kèm theo Công văn số 05/BNV-VP", List.of()).heading())
                .isEqualTo("Phụ lục");
    }

    @Test
    void attachment_keeps_its_description_and_document() {
        DocumentReference ref = new DocumentReference(null, "Công văn", new DocumentNumber("279", "UBND-NC"), null, null);
        Attachment a = new Attachment(" Gửi kèm theo Công văn số 279/UBND-NC ", ref);
        assertThat(a.description()).isEqualTo("Gửi kèm theo Công văn số 279/UBND-NC");
        assertThat(a.document()).isEqualTo(ref);
    }

    @Test
    void contact_footer_parts_are_optional() {
        ContactFooter f = new ContactFooter("Số 8 Tôn Thất Thuyết", "vanthu@example.gov.vn", null, "024 1234 5678", null);
        assertThat(f.email()).isEqualTo("vanthu@example.gov.vn");
        assertThat(f.website()).isNull();
        assertThat(f.fax()).isNull();
    }

    @Test
    void meeting_copies_participants() {
        List<String> who = new ArrayList<>(List.of("Lãnh đạo Sở"));
        Meeting m = new Meeting("08 giờ 00, ngày 10/3/2023", "Phòng họp", "Giám đốc Sở", who, "Chuyên viên", "11 giờ 00");
        who.clear();
        assertThat(m.participants()).containsExactly("Lãnh đạo Sở");
        assertThat(m.secretary()).isEqualTo("Chuyên viên");
    }

    @Test
    void seal_paper_or_digital() {
        assertThat(Seal.paper()).isEqualTo(new Seal(Seal.Kind.SEAL, null, null));
        OffsetDateTime at = OffsetDateTime.of(2020, 3, 5, 14, 30, 0, 0, ZoneOffset.ofHours(7));
        Seal digital = Seal.digital(at);
        assertThat(digital.kind()).isEqualTo(Seal.Kind.DIGITAL_SIGNATURE);
        assertThat(digital.signingTime()).isEqualTo(at);
        assertThat(new Seal(Seal.Kind.SEAL, " Bộ Nội vụ ", null).organization()).isEqualTo("Bộ Nội vụ");
        assertThat(new Seal(Seal.Kind.SEAL, " ", null).organization()).isNull();
    }
}
