package io.github.vanban.core.award;

/** Thời hạn xét tặng — how often an award is considered (Luật Thi đua, khen thưởng 2022, Điều 19–31). */
public enum Periodicity {
    /** Hằng năm — every year, for the year's results. */
    YEARLY("hằng năm"),
    /** Khi đủ tiêu chuẩn — whenever the criteria are met (e.g. Chiến sĩ thi đua toàn quốc). */
    WHEN_ELIGIBLE("khi đủ tiêu chuẩn"),
    /** Hằng năm hoặc khi tổng kết phong trào theo chuyên đề — yearly, and at the summing-up of a chuyên đề movement. */
    YEARLY_OR_MOVEMENT("hằng năm hoặc theo chuyên đề"),
    /** Không xác định — set by the issuer, or not verified. */
    UNSPECIFIED("không xác định");

    private final String vietnameseName;

    Periodicity(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the Vietnamese term */
    public String vietnameseName() {
        return vietnameseName;
    }
}
