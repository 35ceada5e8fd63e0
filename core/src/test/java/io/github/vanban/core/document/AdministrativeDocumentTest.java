package io.github.vanban.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.core.body.Assignment;
import io.github.vanban.core.body.Body;
import io.github.vanban.core.body.Paragraph;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.Meeting;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.SignatureBlock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AdministrativeDocumentTest {

    private static final Map<DocumentType, Class<? extends AdministrativeDocument>> DEDICATED = Map.of(
            DocumentType.CONG_VAN, OfficialDispatch.class, DocumentType.QUYET_DINH, Decision.class,
            DocumentType.TO_TRINH, Submission.class, DocumentType.KE_HOACH, Plan.class,
            DocumentType.BAO_CAO, Report.class, DocumentType.THONG_BAO, Notice.class,
            DocumentType.GIAY_MOI, Invitation.class, DocumentType.BIEN_BAN, Minutes.class);

    private static final Header HEADER = Header.builder().issuer(Organization.named("Sở Nội vụ"))
            .number(DocumentNumber.of(5, "SNV", "VP")).subject("V/v thử").build();
    private static final Assignment TASK = Assignment.of("Văn phòng", List.of("Phòng Tổ chức"), "tổng hợp");
    private static final Body BODY = Body.builder().add(new Paragraph("Giao Văn phòng tổng hợp.", TASK)).build();

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void every_one_of_the_29_types_is_constructible_with_its_record(DocumentType type) {
        AdministrativeDocument doc = AdministrativeDocument.of(type, HEADER, BODY, Closing.EMPTY);
        assertThat(doc.type()).isEqualTo(type);
        assertThat(doc).isInstanceOf(DEDICATED.getOrDefault(type, GenericDocument.class));
        assertThat(doc.header()).isSameAs(HEADER);
        assertThat(doc.body()).isSameAs(BODY);
        assertThat(doc.closing()).isSameAs(Closing.EMPTY);
        assertThat(doc.issuer()).contains(Organization.named("Sở Nội vụ"));
        assertThat(doc.number()).contains(DocumentNumber.of(5, "SNV", "VP"));
        assertThat(doc.assignments()).containsExactly(TASK);
    }

    @Test
    void dedicated_types_are_exactly_those_with_records() {
        assertThat(GenericDocument.DEDICATED_TYPES).isEqualTo(DEDICATED.keySet());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = {"CONG_VAN", "QUYET_DINH", "TO_TRINH", "KE_HOACH", "BAO_CAO",
        "THONG_BAO", "GIAY_MOI", "BIEN_BAN"})
    void generic_document_rejects_types_that_have_their_own_record(DocumentType type) {
        assertThatThrownBy(() -> new GenericDocument(type, HEADER, BODY, Closing.EMPTY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(type + " has its own record; use AdministrativeDocument.of(...)");
    }

    @Test
    void empty_header_gives_empty_issuer_and_number() {
        AdministrativeDocument doc = AdministrativeDocument.of(DocumentType.CHI_THI, Header.builder().build(), Body.EMPTY,
                Closing.EMPTY);
        assertThat(doc.issuer()).isEmpty();
        assertThat(doc.number()).isEmpty();
        assertThat(doc.assignments()).isEmpty();
    }

    @Test
    void type_specific_parts() {
        Decision d = new Decision(HEADER, "  GIÁM ĐỐC SỞ NỘI VỤ ", BODY, Closing.EMPTY);
        assertThat(d.enactingAuthority()).isEqualTo("GIÁM ĐỐC SỞ NỘI VỤ");
        assertThat(new Decision(HEADER, " ", BODY, Closing.EMPTY).enactingAuthority()).isNull();
        Meeting meeting = new Meeting("08 giờ 00, ngày 10/3/2023", "Phòng họp tầng 2", "Giám đốc Sở",
                List.of("Lãnh đạo các phòng"), null, null);
        Invitation invitation = new Invitation(HEADER, meeting, BODY, Closing.EMPTY);
        assertThat(invitation.meeting()).isEqualTo(meeting);
        SignatureBlock secretary = SignatureBlock.of("Lê Thị Hoa");
        Minutes minutes = Minutes.builder().header(HEADER).meeting(meeting).body(BODY).secretarySignature(secretary).build();
        assertThat(minutes.type()).isEqualTo(DocumentType.BIEN_BAN);
        assertThat(minutes.secretarySignature()).isEqualTo(secretary);
        assertThat(minutes.closing()).isEqualTo(Closing.EMPTY);
        assertThat(Minutes.builder().build().header()).isEqualTo(Header.builder().build());
    }
}
