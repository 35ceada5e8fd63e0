package io.github.vanban.core.award;

/**
 * Đối tượng khen thưởng — the kind of subject an award applies to (Điều 19 cá nhân, Điều 20 tập thể và hộ gia
 * đình, Luật Thi đua, khen thưởng 2022).
 */
public enum SubjectType {
    /** Cá nhân — an individual. */
    INDIVIDUAL("cá nhân"),
    /** Tập thể — a collective (agency, unit, room, team, commune, village). */
    COLLECTIVE("tập thể"),
    /** Hộ gia đình — a household. */
    HOUSEHOLD("hộ gia đình");

    private final String vietnameseName;

    SubjectType(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the Vietnamese term, e.g. "cá nhân" */
    public String vietnameseName() {
        return vietnameseName;
    }
}
