package io.github.vanban.core.award;

/** Giới tính — sex, recorded for the priority to women (Điều 5 k3, Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP, Điều 4 k6). */
public enum Sex {
    /** Nam. */
    MALE,
    /** Nữ. */
    FEMALE
}
