package io.github.vanban.core.award;

/**
 * What kind of work an {@link Initiative} is. The criteria of Điều 21–23, Luật Thi đua, khen thưởng 2022 accept
 * any of them as the creative achievement a Chiến sĩ thi đua title needs.
 */
public enum InitiativeKind {
    /** Sáng kiến (Điều 3 k4; Nghị định 13/2012/NĐ-CP). */
    SANG_KIEN("sáng kiến"),
    /** Đề tài, đề án khoa học, công trình khoa học và công nghệ đã được nghiệm thu. */
    DE_TAI_KHOA_HOC("đề tài khoa học đã được nghiệm thu"),
    /** Mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu (armed forces). */
    MUU_TRI_CHIEN_DAU("mưu trí, sáng tạo trong chiến đấu");

    private final String vietnameseName;

    InitiativeKind(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the Vietnamese name */
    public String vietnameseName() {
        return vietnameseName;
    }
}
