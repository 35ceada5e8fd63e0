package io.github.vanban.core.award;

/**
 * Hình thức tổ chức phong trào thi đua — how a movement is organised (Điều 16, Luật Thi đua, khen thưởng 2022).
 * "Thi đua theo đợt" is the pre-2024 name of {@link #CHUYEN_DE}.
 */
public enum MovementForm {
    /** Thi đua thường xuyên — ongoing, yearly tasks. */
    THUONG_XUYEN("thi đua thường xuyên"),
    /** Thi đua theo chuyên đề — a topic or a set period. */
    CHUYEN_DE("thi đua theo chuyên đề");

    private final String vietnameseName;

    MovementForm(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the Vietnamese name */
    public String vietnameseName() {
        return vietnameseName;
    }
}
