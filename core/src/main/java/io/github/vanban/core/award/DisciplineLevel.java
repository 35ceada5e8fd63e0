package io.github.vanban.core.award;

/**
 * Hình thức kỷ luật — a disciplinary measure, lightest first (Luật Cán bộ, công chức; Luật Viên chức). Collective
 * titles exclude a collective with any member disciplined at {@link #CANH_CAO} or above (Điều 27–28, Luật Thi
 * đua, khen thưởng 2022).
 */
public enum DisciplineLevel {
    /** Khiển trách — reprimand. */
    KHIEN_TRACH("khiển trách"),
    /** Cảnh cáo — warning. */
    CANH_CAO("cảnh cáo"),
    /** Hạ bậc lương / giáng chức — demotion. */
    GIANG_CHUC("giáng chức"),
    /** Cách chức — removal from office. */
    CACH_CHUC("cách chức"),
    /** Buộc thôi việc — dismissal. */
    BUOC_THOI_VIEC("buộc thôi việc");

    private final String vietnameseName;

    DisciplineLevel(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the Vietnamese name */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** @return {@code true} for "cảnh cáo" or heavier */
    public boolean isWarningOrAbove() {
        return ordinal() >= CANH_CAO.ordinal();
    }
}
