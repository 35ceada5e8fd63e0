package io.github.vanban.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.component.CirculationScope;
import io.github.vanban.core.component.Confidentiality;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.component.Urgency;
import org.junit.jupiter.api.Test;

class HeaderTest {

    @Test
    void builder_sets_every_part_and_toBuilder_copies_them() {
        Header h = Header.builder().issuer(Organization.named("Bộ Nội vụ")).number(DocumentNumber.of(5, "BNV", "VP"))
                .placeAndDate(PlaceAndDate.of("Hà Nội", PartialDate.ofMonth(2020, 3))).subject("  V/v thử nghiệm ")
                .confidentiality(Confidentiality.MAT).urgency(Urgency.HOA_TOC)
                .circulation(CirculationScope.INTERNAL_ONLY).draftMarker(true).build();
        assertThat(h.issuer()).isEqualTo(Organization.named("Bộ Nội vụ"));
        assertThat(h.number()).isEqualTo(DocumentNumber.of(5, "BNV", "VP"));
        assertThat(h.placeAndDate().place()).isEqualTo("Hà Nội");
        assertThat(h.subject()).isEqualTo("V/v thử nghiệm");
        assertThat(h.confidentiality()).isEqualTo(Confidentiality.MAT);
        assertThat(h.urgency()).isEqualTo(Urgency.HOA_TOC);
        assertThat(h.circulation()).isEqualTo(CirculationScope.INTERNAL_ONLY);
        assertThat(h.draftMarker()).isTrue();
        assertThat(h.toBuilder().build()).isEqualTo(h);
    }

    @Test
    void every_part_is_optional_and_blank_subject_is_none() {
        Header h = Header.builder().subject(" ").build();
        assertThat(h).isEqualTo(new Header(null, null, null, null, null, null, null, false));
    }

    @Test
    void subject_is_stored_in_nfc() {
        assertThat(Header.builder().subject("V/v ho\u0300a gia\u0309i").build().subject()).isEqualTo("V/v hòa giải");
    }

    @Test
    void national_name_and_motto_are_the_decree_text() {
        assertThat(Header.NATIONAL_NAME).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(Header.MOTTO).isEqualTo("Độc lập - Tự do - Hạnh phúc");
    }
}
