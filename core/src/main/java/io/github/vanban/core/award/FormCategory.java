package io.github.vanban.core.award;

/** Loại hình thức khen thưởng — the category of a form of commendation (Điều 7, Luật Thi đua, khen thưởng 2022). */
public enum FormCategory {
    /** Huân chương — orders (Điều 33). */
    HUAN_CHUONG("Huân chương"),
    /** Huy chương — medals (Điều 54). */
    HUY_CHUONG("Huy chương"),
    /** Danh hiệu vinh dự nhà nước — honorary State titles (Điều 59 and following). */
    DANH_HIEU_VINH_DU("Danh hiệu vinh dự nhà nước"),
    /** "Giải thưởng Hồ Chí Minh", "Giải thưởng Nhà nước". */
    GIAI_THUONG("Giải thưởng"),
    /** Kỷ niệm chương — sector badges (Điều 71). */
    KY_NIEM_CHUONG("Kỷ niệm chương"),
    /** Bằng khen (Điều 72–74). */
    BANG_KHEN("Bằng khen"),
    /** Giấy khen (Điều 75). */
    GIAY_KHEN("Giấy khen");

    private final String vietnameseName;

    FormCategory(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the Vietnamese name */
    public String vietnameseName() {
        return vietnameseName;
    }
}
