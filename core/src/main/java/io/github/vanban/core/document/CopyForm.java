package io.github.vanban.core.document;

/**
 * Hình thức bản sao — the forms of copy of Điều 25, Nghị định 30/2020/NĐ-CP, with the abbreviations of
 * Phụ lục III, Mục I (SY, SL, TrS) and the words printed in the copy block (Phụ lục I, Phần II).
 */
public enum CopyForm {
    /** Bản sao y (SY): an exact full copy of the original. */
    SAO_Y("SY", "SAO Y"),
    /** Bản sao lục (SL): a copy made from a bản sao y. */
    SAO_LUC("SL", "SAO LỤC"),
    /** Bản trích sao (TrS): a copy of part of the content. */
    TRICH_SAO("TrS", "TRÍCH SAO");

    private final String abbreviation;
    private final String heading;

    CopyForm(String abbreviation, String heading) {
        this.abbreviation = abbreviation;
        this.heading = heading;
    }

    /** @return the abbreviation used in the copy's ký hiệu: "SY", "SL" or "TrS" */
    public String abbreviation() {
        return abbreviation;
    }

    /** @return the words of the copy block, e.g. "SAO Y" */
    public String heading() {
        return heading;
    }

    /**
     * Finds a copy form by its exact abbreviation.
     *
     * @param abbreviation "SY", "SL" or "TrS"
     * @return the form, or empty
     */
    public static java.util.Optional<CopyForm> fromAbbreviation(String abbreviation) {
        for (CopyForm f : values()) {
            if (f.abbreviation.equals(abbreviation)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
