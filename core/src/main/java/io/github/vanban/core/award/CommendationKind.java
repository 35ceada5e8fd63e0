package io.github.vanban.core.award;

/**
 * Loại hình khen thưởng — the kind of commendation (Điều 8, Luật Thi đua, khen thưởng 2022). Documents before
 * 2024 call {@link #CONG_TRANG} "khen thưởng thường xuyên" or "toàn diện".
 */
public enum CommendationKind {
    /** Khen thưởng công trạng — for sustained achievement over a year or a span of years. */
    CONG_TRANG("Khen thưởng công trạng"),
    /** Khen thưởng đột xuất — for an unscheduled, outstanding act; not a prerequisite for công trạng (Nghị định 152/2025/NĐ-CP, Điều 4 k3). */
    DOT_XUAT("Khen thưởng đột xuất"),
    /** Khen thưởng phong trào thi đua (theo đợt, chuyên đề) — results in a launched movement. */
    PHONG_TRAO("Khen thưởng phong trào thi đua"),
    /** Khen thưởng quá trình cống hiến — long service in leadership posts. */
    CONG_HIEN("Khen thưởng quá trình cống hiến"),
    /** Khen thưởng theo niên hạn — years of service in the armed forces. */
    NIEN_HAN("Khen thưởng theo niên hạn"),
    /** Khen thưởng đối ngoại — foreigners, foreign collectives, Vietnamese abroad. */
    DOI_NGOAI("Khen thưởng đối ngoại");

    private final String vietnameseName;

    CommendationKind(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the Vietnamese name */
    public String vietnameseName() {
        return vietnameseName;
    }
}
