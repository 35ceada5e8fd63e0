package io.github.vanban.core.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.core.ParseException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwardCatalogTest {

    private final AwardCatalog catalog = AwardCatalog.standard();

    @Test
    void theStandardCatalogueHoldsTheTitlesOfArticles19And20AndTheFormsOfArticle7() {
        assertThat(catalog.titles()).extracting(EmulationTitle::code).containsExactly("CSTD_TQ", "CSTD_BO_TINH",
                "CSTD_CS", "LDTT", "CO_CP", "CO_BO_TINH", "TTLDXS", "TTLDTT", "XA_TIEU_BIEU", "THON_VH", "GD_VH");
        assertThat(catalog.forms()).hasSize(24);
        assertThat(catalog.forms().get(0).name()).isEqualTo("Huân chương Sao vàng");
        assertThat(catalog).isSameAs(AwardCatalog.standard());
    }

    @Test
    void titlesCarrySubjectsPeriodicityCoefficientAndArmedForcesName() {
        EmulationTitle ldtt = catalog.title("LDTT").orElseThrow();
        assertThat(ldtt.name()).isEqualTo("Lao động tiên tiến");
        assertThat(ldtt.armedForcesName()).isEqualTo("Chiến sĩ tiên tiến");
        assertThat(ldtt.subjects()).containsExactly(SubjectType.INDIVIDUAL);
        assertThat(ldtt.periodicity()).isEqualTo(Periodicity.YEARLY);
        assertThat(ldtt.rewardCoefficient()).isEqualByComparingTo(new BigDecimal("0.3"));
        assertThat(catalog.title("GD_VH").orElseThrow().subjects()).containsExactly(SubjectType.HOUSEHOLD);
        assertThat(catalog.title("GD_VH").orElseThrow().rewardCoefficient()).isNull();
        assertThat(catalog.title("XA_TIEU_BIEU").orElseThrow().regimes())
                .containsExactlyInAnyOrder(Regime.R2024, Regime.R2025);
    }

    @Test
    void districtPowersPassToTheCommuneChairmanFrom2025() {
        EmulationTitle ldtt = catalog.title("LDTT").orElseThrow();
        assertThat(ldtt.conferrersIn(Regime.R2024)).contains(AuthorityLevel.CHU_TICH_UBND_HUYEN)
                .doesNotContain(AuthorityLevel.CHU_TICH_UBND_XA);
        assertThat(ldtt.conferrersIn(Regime.R2025)).contains(AuthorityLevel.CHU_TICH_UBND_XA)
                .doesNotContain(AuthorityLevel.CHU_TICH_UBND_HUYEN);
        assertThat(ldtt.isConferrableBy(AuthorityLevel.THU_TRUONG_DON_VI, Regime.R2017)).isTrue();
        EmulationTitle ttldxs = catalog.title("TTLDXS").orElseThrow();
        assertThat(ttldxs.conferrersIn(Regime.R2025))
                .containsExactlyInAnyOrder(AuthorityLevel.BO_TRUONG, AuthorityLevel.CHU_TICH_UBND_TINH);
        CommendationForm giayKhen = catalog.form("GIAY_KHEN").orElseThrow();
        assertThat(giayKhen.isConferrableBy(AuthorityLevel.CHU_TICH_UBND_XA, Regime.R2017)).isTrue();
        assertThat(giayKhen.isConferrableBy(AuthorityLevel.CHU_TICH_UBND_HUYEN, Regime.R2025)).isFalse();
        assertThat(catalog.form("BK_BO_TINH").orElseThrow().isConferrableBy(AuthorityLevel.CHU_TICH_UBND_XA,
                Regime.R2025)).isFalse();
    }

    @Test
    void ordersHaveClassesAndFullNames() {
        CommendationForm lab = catalog.form("HC_LAO_DONG").orElseThrow();
        assertThat(lab.category()).isEqualTo(FormCategory.HUAN_CHUONG);
        assertThat(lab.classes()).containsExactly(AwardClass.NHAT, AwardClass.NHI, AwardClass.BA);
        assertThat(lab.fullName(AwardClass.BA)).isEqualTo("Huân chương Lao động hạng Ba");
        assertThat(lab.toAward(AwardClass.BA)).isEqualTo(Award.form("HC_LAO_DONG", AwardClass.BA));
        assertThat(catalog.form("HC_SAO_VANG").orElseThrow().classes()).isEmpty();
        assertThatThrownBy(() -> catalog.form("HC_SAO_VANG").orElseThrow().toAward(AwardClass.NHAT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hạng Nhất");
    }

    @Test
    void titlesAreFoundByNameArmedForcesNameAndFormerName() {
        assertThat(catalog.titleNamed("“Chiến sĩ tiên tiến”")).map(EmulationTitle::code).contains("LDTT");
        assertThat(catalog.titleNamed("chiến sĩ thi đua cơ sở")).map(EmulationTitle::code).contains("CSTD_CS");
        assertThat(catalog.titleNamed("Xã, phường, thị trấn tiêu biểu")).map(EmulationTitle::code)
                .contains("XA_TIEU_BIEU");
        assertThat(catalog.titleNamed("Gia đình văn hoá")).map(EmulationTitle::code).contains("GD_VH");
        assertThat(catalog.titleNamed("Công đoàn cơ sở vững mạnh")).isEmpty();
    }

    @Test
    void resolveFollowsTheCategoryOfTheReference() {
        assertThat(catalog.resolve(Award.title("LDTT"))).containsInstanceOf(EmulationTitle.class);
        assertThat(catalog.resolve(Award.form("LDTT"))).isEmpty();
        assertThat(catalog.resolve(Award.form("GIAY_KHEN"))).containsInstanceOf(CommendationForm.class);
        assertThat(catalog.titlesIn(Regime.R2017)).extracting(EmulationTitle::code).doesNotContain("XA_TIEU_BIEU");
    }

    @Test
    void organisationsAddTheirOwnTitlesAndReplaceEntries() {
        EmulationTitle union = EmulationTitle.builder().code("CDCS_VUNG_MANH").name("Công đoàn cơ sở vững mạnh")
                .subjects(SubjectType.COLLECTIVE).periodicity(Periodicity.YEARLY).regimes(Regime.values())
                .conferrer(Conferral.always(AuthorityLevel.THU_TRUONG_DON_VI)).build();
        EmulationTitle narrowed = catalog.title("LDTT").orElseThrow();
        narrowed = EmulationTitle.builder().code("LDTT").name(narrowed.name()).subjects(SubjectType.INDIVIDUAL)
                .regimes(Regime.R2025).conferrer(Conferral.in(AuthorityLevel.CHU_TICH_UBND_XA, Regime.R2025)).build();
        AwardCatalog own = catalog.with(union, narrowed);
        assertThat(own.title("CDCS_VUNG_MANH")).contains(union);
        assertThat(own.title("LDTT")).contains(narrowed);
        assertThat(own.titles()).hasSize(12);
        assertThat(catalog.title("LDTT").orElseThrow().regimes()).hasSize(3);
        assertThat(own.titleNamed("công đoàn cơ sở vững mạnh")).contains(union);
    }

    @Test
    void duplicateCodesAreRejected() {
        EmulationTitle t = catalog.title("LDTT").orElseThrow();
        assertThatThrownBy(() -> AwardCatalog.of(List.of(t, t), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate title code LDTT");
    }

    @Test
    void aProvinceCatalogueIsReadFromTheSameLayout() throws ParseException {
        String tsv = "# a province's own titles\n"
                + "code\tname\tarmedForcesName\taliases\tsubjects\tperiodicity\tregimes\tconferrers\trewardCoefficient\n"
                + "HY_DN\tDoanh nghiệp tiêu biểu\t-\t-\tCOLLECTIVE\tYEARLY\tR2025\tCHU_TICH_UBND_TINH\t-\n";
        List<EmulationTitle> titles = AwardCatalog.readTitles(new StringReader(tsv), "hung-yen.tsv");
        assertThat(titles).singleElement().satisfies(t -> {
            assertThat(t.code()).isEqualTo("HY_DN");
            assertThat(t.conferrersIn(Regime.R2025)).containsExactly(AuthorityLevel.CHU_TICH_UBND_TINH);
            assertThat(t.conferrersIn(Regime.R2024)).isEmpty();
        });
    }

    @Test
    void malformedLinesGiveTypedErrorsWithTheLine() {
        String header = "code\tname\tarmedForcesName\taliases\tsubjects\tperiodicity\tregimes\tconferrers\trewardCoefficient\n";
        assertThatThrownBy(() -> AwardCatalog.readTitles(new StringReader(header + "X\tY\t-\n"), "p.tsv"))
                .isInstanceOf(ParseException.class).hasMessageContaining("p.tsv line 2")
                .hasMessageContaining("expected 9 tab-separated columns, found 3");
        assertThatThrownBy(() -> AwardCatalog.readTitles(new StringReader(
                header + "X\tY\t-\t-\tPERSON\tYEARLY\t*\t-\t-\n"), "p.tsv"))
                .isInstanceOf(ParseException.class).hasMessageContaining("unknown SubjectType \"PERSON\"");
        assertThatThrownBy(() -> AwardCatalog.readTitles(new StringReader(
                header + "X\tY\t-\t-\tINDIVIDUAL\tYEARLY\t*\tMAYOR\t-\n"), "p.tsv"))
                .isInstanceOf(ParseException.class).hasMessageContaining("unknown AuthorityLevel \"MAYOR\"");
        assertThatThrownBy(() -> AwardCatalog.readTitles(new StringReader(
                header + "X\tY\t-\t-\tINDIVIDUAL\tYEARLY\t*\t-\tabc\n"), "p.tsv"))
                .isInstanceOf(ParseException.class).hasMessageContaining("rewardCoefficient is not a number: abc");
        assertThatThrownBy(() -> AwardCatalog.readForms(new StringReader(
                "code\tname\tcategory\tclasses\tsubjects\tregimes\tconferrers\n"
                        + "X\tY\tMEDAL\t-\tINDIVIDUAL\t*\t-\n"), "f.tsv"))
                .isInstanceOf(ParseException.class).hasMessageContaining("f.tsv line 2")
                .hasMessageContaining("unknown FormCategory \"MEDAL\"");
    }
}
