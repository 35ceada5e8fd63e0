package io.github.vanban.core.text;

/**
 * A legacy 8-bit Vietnamese encoding (bảng mã cũ) whose text, read as Unicode, looks like mojibake. Nghị định
 * 30/2020/NĐ-CP (Phụ lục I, I.4) requires Unicode text per TCVN 6909:2001.
 */
public enum LegacyEncoding {
    /** TCVN3 (ABC), the TCVN 5712:1993 encoding: "Céng hßa" for "Cộng hòa". */
    TCVN3,
    /** VNI: "Coäng hoøa" for "Cộng hòa". */
    VNI
}
