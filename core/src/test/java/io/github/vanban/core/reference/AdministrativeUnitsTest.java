package io.github.vanban.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vanban.core.reference.AdministrativeUnit.Level;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdministrativeUnitsTest {

    private static final AdministrativeUnits UNITS = AdministrativeUnits.standard();
    private static final LocalDate BEFORE = LocalDate.of(2023, 2, 1);
    private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);
    private static final List<String> RESOURCES = List.of("provinces-2008-2025.csv", "provinces-2025.csv",
            "districts-2008-2025.csv", "communes-2025.csv");

    @Test
    void thai_binh_is_a_province_in_2023_but_not_after_the_2025_merger() {
        assertThat(UNITS.province("Thái Bình", BEFORE)).get().extracting(AdministrativeUnit::fullName)
                .isEqualTo("Tỉnh Thái Bình");
        assertThat(UNITS.province("Thái Bình", AFTER)).isEmpty();
        assertThat(UNITS.province("Thái Bình", LocalDate.of(2025, 6, 11))).isPresent();
        assertThat(UNITS.province("Thái Bình", LocalDate.of(2025, 6, 12))).isEmpty();
    }

    @Test
    void hung_yen_is_a_province_on_both_days() {
        assertThat(UNITS.province("Hưng Yên", BEFORE)).get().extracting(AdministrativeUnit::code).isEqualTo("33");
        assertThat(UNITS.province("Hưng Yên", AFTER)).get().extracting(AdministrativeUnit::validTo).isNull();
        assertThat(UNITS.exists("Hưng Yên", AFTER)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hòa Bình", "Hoà Bình", "HOÀ BÌNH", "tỉnh Hòa Bình", "Tỉnh Hoà Bình", "Ho\u0300a Bi\u0300nh"})
    void hoa_binh_is_found_whatever_the_tone_placement(String name) {
        assertThat(UNITS.province(name, BEFORE)).get().extracting(AdministrativeUnit::code).isEqualTo("17");
        assertThat(UNITS.province(name, AFTER)).isEmpty();
    }

    @Test
    void kind_words_are_tolerated() {
        assertThat(UNITS.province("tỉnh Thái Bình", BEFORE)).isPresent();
        assertThat(UNITS.province("TP. Hồ Chí Minh", BEFORE)).get().extracting(AdministrativeUnit::code).isEqualTo("79");
        assertThat(UNITS.province("TP Hồ Chí Minh", AFTER)).isPresent();
        assertThat(UNITS.province("Thành phố Hồ Chí Minh", AFTER)).isPresent();
        assertThat(UNITS.province("Thành phố Hà Nội", AFTER)).get().extracting(AdministrativeUnit::kind)
                .isEqualTo("thanh_pho_truc_thuoc_trung_uong");
        assertThat(UNITS.isKnownName("Huyện Hoà Bình")).isTrue();
        assertThat(UNITS.isKnownName("Atlantis")).isFalse();
    }

    @Test
    void districts_exist_until_2025_06_30_and_communes_from_2025_07_01() {
        LocalDate lastDistrictDay = LocalDate.of(2025, 6, 30);
        assertThat(UNITS.find("Quận Hoàn Kiếm", lastDistrictDay)).extracting(AdministrativeUnit::level)
                .containsExactly(Level.DISTRICT);
        assertThat(UNITS.find("Quận Hoàn Kiếm", AFTER)).isEmpty();
        assertThat(UNITS.find("Phường Hoàn Kiếm", AFTER)).extracting(AdministrativeUnit::level)
                .containsExactly(Level.COMMUNE);
        assertThat(UNITS.find("Phường Hoàn Kiếm", lastDistrictDay)).isEmpty();
        assertThat(UNITS.find("Hoàn Kiếm", AFTER)).extracting(AdministrativeUnit::code).containsExactly("00070");
    }

    @Test
    void a_name_can_match_several_units_provinces_first() {
        List<AdministrativeUnit> found = UNITS.find("Hưng Yên", LocalDate.of(2024, 1, 1));
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).level()).isEqualTo(Level.PROVINCE);
        assertThat(found).isSortedAccordingTo((a, b) -> a.level().compareTo(b.level()));
        assertThat(UNITS.find("Thái Bình", AFTER)).extracting(AdministrativeUnit::level).containsOnly(Level.COMMUNE)
                .hasSize(3);
    }

    @Test
    void province_counts_by_date() {
        assertThat(countProvinces(BEFORE)).isEqualTo(63);
        assertThat(countProvinces(AFTER)).isEqualTo(34);
        assertThat(countProvinces(LocalDate.of(2025, 6, 12))).isEqualTo(34);
    }

    @Test
    void unit_periods_are_inclusive() {
        AdministrativeUnit u = new AdministrativeUnit("34", "Thái Bình", "Tỉnh Thái Bình", Level.PROVINCE, "tinh", "34",
                LocalDate.of(2008, 8, 1), LocalDate.of(2025, 6, 11));
        assertThat(u.isValidOn(LocalDate.of(2008, 8, 1))).isTrue();
        assertThat(u.isValidOn(LocalDate.of(2025, 6, 11))).isTrue();
        assertThat(u.isValidOn(LocalDate.of(2008, 7, 31))).isFalse();
        assertThat(u.isValidOn(LocalDate.of(2025, 6, 12))).isFalse();
    }

    @Test
    void the_standard_instance_is_shared_and_immutable() {
        assertThat(AdministrativeUnits.standard()).isSameAs(UNITS);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UNITS.all().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void resources_hold_the_same_rows_as_the_shared_reference_data() throws IOException {
        Path dir = Path.of(System.getProperty("vanban.shared", "../../shared")).resolve("data/admin-units");
        assumeTrue(Files.isDirectory(dir), "../shared/data/admin-units is absent; skipping");
        long total = 0;
        for (String name : RESOURCES) {
            List<String> shared = Files.readAllLines(dir.resolve(name)).stream().filter(l -> !l.isBlank()).toList();
            List<String> ours;
            try (InputStream in = AdministrativeUnits.class.getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                ours = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank()).toList();
            }
            assertThat(ours).as(name).hasSameSizeAs(shared);
            assertThat(ours).as(name).isEqualTo(shared);
            total += ours.size() - 1;
        }
        assertThat(UNITS.all()).hasSize((int) total);
    }

    private static long countProvinces(LocalDate day) {
        return UNITS.all().stream().filter(u -> u.level() == Level.PROVINCE && u.isValidOn(day)).count();
    }
}
