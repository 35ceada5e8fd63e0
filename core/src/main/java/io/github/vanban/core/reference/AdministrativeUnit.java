package io.github.vanban.core.reference;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Đơn vị hành chính — a Vietnamese administrative unit (province, district or commune) as it was named during
 * a period, with its official GSO code (mã số đơn vị hành chính); the địa danh of ô 4 is the name of the unit
 * where the issuer has its seat (Phụ lục I, II.4 of Nghị định 30/2020/NĐ-CP).
 *
 * @param code the GSO code: 2 digits for a province, 3 for a district, 5 for a commune
 * @param name the bare name, e.g. "Hưng Yên"
 * @param fullName the name with the unit's kind, e.g. "Tỉnh Hưng Yên"
 * @param level province, district or commune
 * @param kind the unit's kind as in the source data: tinh, thanh_pho_truc_thuoc_trung_uong, quan, huyen,
 *     thi_xa, thanh_pho, xa, phuong, dac_khu
 * @param provinceCode the code of the province it belongs to (its own code for a province)
 * @param validFrom the first day of the period (inclusive)
 * @param validTo the last day of the period (inclusive), or {@code null} when still in force
 */
public record AdministrativeUnit(String code, String name, String fullName, Level level, String kind,
                                 String provinceCode, LocalDate validFrom, @Nullable LocalDate validTo) {

    /** The three levels of local government. */
    public enum Level {
        /** Tỉnh, thành phố trực thuộc trung ương. */
        PROVINCE,
        /** Huyện, quận, thị xã, thành phố thuộc tỉnh (abolished from 2025-07-01). */
        DISTRICT,
        /** Xã, phường, đặc khu. */
        COMMUNE
    }

    /**
     * @param date a day
     * @return {@code true} when the unit existed under this name on that day
     */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
