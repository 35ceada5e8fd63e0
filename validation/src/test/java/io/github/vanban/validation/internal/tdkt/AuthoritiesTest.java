package io.github.vanban.validation.internal.tdkt;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.award.AuthorityLevel;
import io.github.vanban.core.award.AwardDecision;
import io.github.vanban.core.award.AwardProposal;
import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.component.Recipients;
import io.github.vanban.core.component.SignatureBlock;
import io.github.vanban.core.component.SignatureKind;
import io.github.vanban.core.component.SigningAuthority;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.Header;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AuthoritiesTest {

    private static AwardDecision decision(Organization issuer, @Nullable String enacting, @Nullable SignatureBlock sig) {
        return AwardDecision.builder().header(Header.builder().issuer(issuer)
                        .placeAndDate(PlaceAndDate.of("Hà Nội", PartialDate.of(LocalDate.of(2025, 8, 1)))).build())
                .enactingAuthority(enacting).closing(new Closing(sig, Recipients.NONE, null, null)).build();
    }

    private static Optional<AuthorityLevel> of(String issuer, @Nullable String enacting) {
        return Authorities.of(decision(Organization.named(issuer), enacting, null));
    }

    @Test
    void theEnactingAuthorityLineSaysWhoConfers() {
        assertThat(of("Ủy ban nhân dân tỉnh Hưng Yên", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"))
                .contains(AuthorityLevel.CHU_TICH_UBND_TINH);
        assertThat(of("Bộ Khoa học và Công nghệ", "BỘ TRƯỞNG BỘ KHOA HỌC VÀ CÔNG NGHỆ")).contains(AuthorityLevel.BO_TRUONG);
        assertThat(of("Văn phòng Chính phủ", "THỦ TƯỚNG CHÍNH PHỦ")).contains(AuthorityLevel.THU_TUONG);
        assertThat(of("Sở Nội vụ", "GIÁM ĐỐC SỞ NỘI VỤ")).contains(AuthorityLevel.THU_TRUONG_DON_VI);
        assertThat(of("Công ty Cổ phần Sông Hồng", "TỔNG GIÁM ĐỐC CÔNG TY CỔ PHẦN SÔNG HỒNG"))
                .contains(AuthorityLevel.GIAM_DOC_DOANH_NGHIEP);
        assertThat(of("Ủy ban nhân dân đặc khu Phú Quốc", "CHỦ TỊCH ỦY BAN NHÂN DÂN ĐẶC KHU"))
                .contains(AuthorityLevel.CHU_TICH_UBND_XA);
    }

    @Test
    void withoutAnEnactingLineTheIssuerOrTheSignatureDecides() {
        assertThat(of("UBND huyện Tiên Lữ", null)).contains(AuthorityLevel.CHU_TICH_UBND_HUYEN);
        assertThat(of("Ủy ban nhân dân Thành phố Hồ Chí Minh", null)).contains(AuthorityLevel.CHU_TICH_UBND_TINH);
        assertThat(of("Ủy ban nhân dân thành phố Hưng Yên", null)).contains(AuthorityLevel.CHU_TICH_UBND_HUYEN);
        assertThat(of("Hội Nông dân", null)).isEmpty();
        SignatureBlock deputy = new SignatureBlock(List.of(new AuthorityLine(SigningAuthority.KT, "CHỦ TỊCH"),
                AuthorityLine.of("PHÓ CHỦ TỊCH")), "Trần Văn B", SignatureKind.HANDWRITTEN);
        assertThat(Authorities.of(decision(Organization.named("Ủy ban nhân dân phường Hiến Nam"), null, deputy)))
                .contains(AuthorityLevel.CHU_TICH_UBND_XA);
    }

    @Test
    void aDistrictIsRecognisedFromTheIssuerOrItsParent() {
        AwardProposal fromOffice = AwardProposal.builder().header(Header.builder()
                .issuer(new Organization("Phòng Nội vụ", "UBND quận Ba Đình", null, null)).build()).build();
        assertThat(Authorities.isDistrict(fromOffice)).isTrue();
        AwardProposal fromDepartment = AwardProposal.builder().header(Header.builder()
                .issuer(new Organization("Sở Nội vụ", "UBND tỉnh Hưng Yên", null, null)).build()).build();
        assertThat(Authorities.isDistrict(fromDepartment)).isFalse();
        assertThat(Authorities.isDistrict(decision(Organization.named("UBND thị xã Mỹ Hào"), null, null))).isTrue();
    }
}
