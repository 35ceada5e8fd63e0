package io.github.vanban.core.component;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganizationTest {

    @Test
    void keeps_name_parent_abbreviation_and_organ_id_normalised() {
        OrganId id = new OrganId("000.00.00.H41", OrganId.Form.LEGACY);
        Organization o = new Organization(" Sở Khoa ho\u0323c và Công nghệ ", " UBND tỉnh Hưng Yên ", " SKHCN ", id);
        assertThat(o.name()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(o.parentName()).isEqualTo("UBND tỉnh Hưng Yên");
        assertThat(o.abbreviation()).isEqualTo("SKHCN");
        assertThat(o.organId()).isEqualTo(id);
    }

    @Test
    void blank_optional_parts_become_null() {
        assertThat(new Organization("Bộ Nội vụ", " ", "", null)).isEqualTo(Organization.named("Bộ Nội vụ"));
        assertThat(Organization.named("Bộ Nội vụ").parentName()).isNull();
    }
}
