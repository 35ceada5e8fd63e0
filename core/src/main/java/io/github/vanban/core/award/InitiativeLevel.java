package io.github.vanban.core.award;

/**
 * Cấp công nhận, phạm vi ảnh hưởng của sáng kiến — the level at which an initiative or research work is
 * recognised, or the scope of its effect, lowest first (Điều 21–23, Luật Thi đua, khen thưởng 2022). CSTĐ cơ sở
 * needs {@link #CO_SO}, CSTĐ bộ/tỉnh {@link #BO_NGANH_TINH}, CSTĐ toàn quốc {@link #TOAN_QUOC}.
 */
public enum InitiativeLevel {
    /** Cấp cơ sở — recognised by the head of the unit (or the commune), on advice of the Hội đồng sáng kiến cơ sở. */
    CO_SO("cơ sở"),
    /** Cấp bộ, ban, ngành, tỉnh — effect and replicability confirmed by the head of the bộ/ngành/tỉnh. */
    BO_NGANH_TINH("bộ, ban, ngành, tỉnh"),
    /** Toàn quốc — nationwide replicability and influence (Điều 21 k2). */
    TOAN_QUOC("toàn quốc");

    private final String vietnameseName;

    InitiativeLevel(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the Vietnamese name */
    public String vietnameseName() {
        return vietnameseName;
    }

    /**
     * @param other another level
     * @return {@code true} when this level is {@code other} or wider
     */
    public boolean atLeast(InitiativeLevel other) {
        return ordinal() >= other.ordinal();
    }
}
