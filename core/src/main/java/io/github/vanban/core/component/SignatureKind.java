package io.github.vanban.core.component;

/** Hình thức chữ ký (ô 7c; Điều 13 of Nghị định 30/2020/NĐ-CP): how the competent person signed. */
public enum SignatureKind {
    /** Chữ ký tay: handwritten, in blue ink on paper. */
    HANDWRITTEN,
    /** Chữ ký số: a digital signature on an electronic document. */
    DIGITAL,
    /** Not signed yet (a draft). */
    UNSIGNED
}
