package io.github.vanban.core.award;

/**
 * Thẩm quyền quyết định khen thưởng — the level of the person who may confer an award (Điều 78–80, Luật Thi đua,
 * khen thưởng 2022; Điều 59, Nghị định 129/2025/NĐ-CP).
 */
public enum AuthorityLevel {
    /** Chủ tịch nước — orders, medals, honorary State titles, prizes. */
    CHU_TICH_NUOC("Chủ tịch nước"),
    /** Thủ tướng Chính phủ — Cờ thi đua của Chính phủ, Chiến sĩ thi đua toàn quốc, Bằng khen của Thủ tướng. */
    THU_TUONG("Thủ tướng Chính phủ"),
    /** Bộ trưởng, thủ trưởng cơ quan ngang bộ, ban, ngành, tổ chức chính trị - xã hội trung ương. */
    BO_TRUONG("Bộ trưởng, thủ trưởng ban, ngành, đoàn thể trung ương"),
    /** Chủ tịch Ủy ban nhân dân cấp tỉnh. */
    CHU_TICH_UBND_TINH("Chủ tịch Ủy ban nhân dân cấp tỉnh"),
    /** Chủ tịch Ủy ban nhân dân cấp huyện — abolished from 01/07/2025 (Nghị định 129/2025/NĐ-CP). */
    CHU_TICH_UBND_HUYEN("Chủ tịch Ủy ban nhân dân cấp huyện"),
    /** Chủ tịch Ủy ban nhân dân cấp xã — holds the former district powers from 01/07/2025. */
    CHU_TICH_UBND_XA("Chủ tịch Ủy ban nhân dân cấp xã"),
    /** Thủ trưởng cơ quan, đơn vị có tư cách pháp nhân (e.g. Giám đốc Sở) — Điều 80 k1, Điều 75 k1. */
    THU_TRUONG_DON_VI("Thủ trưởng cơ quan, đơn vị có tư cách pháp nhân"),
    /** Giám đốc, Tổng giám đốc doanh nghiệp, hợp tác xã; Chủ tịch Hội đồng quản trị, Hội đồng thành viên. */
    GIAM_DOC_DOANH_NGHIEP("Giám đốc doanh nghiệp, hợp tác xã");

    private final String vietnameseName;

    AuthorityLevel(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the Vietnamese name of the office */
    public String vietnameseName() {
        return vietnameseName;
    }
}
