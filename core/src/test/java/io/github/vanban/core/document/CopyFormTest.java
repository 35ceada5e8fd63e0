package io.github.vanban.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyFormTest {

    @Test
    void the_three_copy_forms_with_exact_abbreviations_and_headings() {
        assertThat(CopyForm.values()).containsExactly(CopyForm.SAO_Y, CopyForm.SAO_LUC, CopyForm.TRICH_SAO);
        assertThat(CopyForm.SAO_Y.abbreviation()).isEqualTo("SY");
        assertThat(CopyForm.SAO_LUC.abbreviation()).isEqualTo("SL");
        assertThat(CopyForm.TRICH_SAO.abbreviation()).isEqualTo("TrS");
        assertThat(CopyForm.SAO_Y.heading()).isEqualTo("SAO Y");
        assertThat(CopyForm.SAO_LUC.heading()).isEqualTo("SAO LỤC");
        assertThat(CopyForm.TRICH_SAO.heading()).isEqualTo("TRÍCH SAO");
    }

    @Test
    void lookup_by_abbreviation_is_exact() {
        for (CopyForm f : CopyForm.values()) {
            assertThat(CopyForm.fromAbbreviation(f.abbreviation())).contains(f);
        }
        assertThat(CopyForm.fromAbbreviation("TRS")).isEmpty();
        assertThat(CopyForm.fromAbbreviation("sy")).isEmpty();
        assertThat(CopyForm.fromAbbreviation("QĐ")).isEmpty();
    }

    @Test
    void copy_abbreviations_are_not_document_type_abbreviations() {
        for (CopyForm f : CopyForm.values()) {
            assertThat(DocumentType.fromAbbreviation(f.abbreviation())).isEmpty();
        }
    }
}
