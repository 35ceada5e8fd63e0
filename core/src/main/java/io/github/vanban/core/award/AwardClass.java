package io.github.vanban.core.award;

/** Hạng — the class of an order or medal (hạng Nhất, Nhì, Ba; Điều 33 k2, Luật Thi đua, khen thưởng 2022). */
public enum AwardClass {
    /** Hạng Nhất — first class. */
    NHAT("hạng Nhất"),
    /** Hạng Nhì — second class. */
    NHI("hạng Nhì"),
    /** Hạng Ba — third class. */
    BA("hạng Ba");

    private final String vietnameseName;

    AwardClass(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the Vietnamese name, e.g. "hạng Ba" */
    public String vietnameseName() {
        return vietnameseName;
    }
}
