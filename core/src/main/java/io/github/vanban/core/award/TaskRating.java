package io.github.vanban.core.award;

/**
 * Mức xếp loại chất lượng — the yearly rating of how a person or collective carried out their tasks, best first
 * (Nghị định 90/2020/NĐ-CP, used by Điều 23–28, Luật Thi đua, khen thưởng 2022).
 */
public enum TaskRating {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    HOAN_THANH_XUAT_SAC("hoàn thành xuất sắc nhiệm vụ"),
    /** Hoàn thành tốt nhiệm vụ. */
    HOAN_THANH_TOT("hoàn thành tốt nhiệm vụ"),
    /** Hoàn thành nhiệm vụ. */
    HOAN_THANH("hoàn thành nhiệm vụ"),
    /** Không hoàn thành nhiệm vụ. */
    KHONG_HOAN_THANH("không hoàn thành nhiệm vụ");

    private final String vietnameseName;

    TaskRating(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the Vietnamese name */
    public String vietnameseName() {
        return vietnameseName;
    }

    /**
     * @param other another rating
     * @return {@code true} when this rating is {@code other} or better
     */
    public boolean atLeast(TaskRating other) {
        return ordinal() <= other.ordinal();
    }
}
