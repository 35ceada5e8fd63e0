package io.github.vanban.core.component;

import java.util.Optional;

/**
 * Quyền hạn ký — the authority prefixes of the signature block (ô 7a; Phụ lục I, II.7.b and Điều 13 of
 * Nghị định 30/2020/NĐ-CP), each written upper case with a trailing dot.
 */
public enum SigningAuthority {
    /** TM. — thay mặt: signs for a collective body; followed by the collective's or organisation's name. */
    TM("TM.", "thay mặt"),
    /** KT. — ký thay: a deputy signs for the head; followed by the head's title. */
    KT("KT.", "ký thay"),
    /** TL. — thừa lệnh: the head of a unit signs by order of the head. */
    TL("TL.", "thừa lệnh"),
    /** TUQ. — thừa ủy quyền: signs under a written, limited delegation that cannot be re-delegated. */
    TUQ("TUQ.", "thừa ủy quyền"),
    /** Q. — quyền: an acting head. */
    Q("Q.", "quyền");

    private final String prefix;
    private final String vietnameseName;

    SigningAuthority(String prefix, String vietnameseName) {
        this.prefix = prefix;
        this.vietnameseName = vietnameseName;
    }

    /** @return the prefix as printed, e.g. "KT." */
    public String prefix() {
        return prefix;
    }

    /** @return the Vietnamese meaning, e.g. "ký thay" */
    public String vietnameseName() {
        return vietnameseName;
    }

    /**
     * Finds the authority of a prefix, exactly as printed ("KT.") or without its dot ("KT").
     *
     * @param prefix the prefix
     * @return the authority, or empty
     */
    public static Optional<SigningAuthority> fromPrefix(String prefix) {
        String p = prefix.strip();
        for (SigningAuthority a : values()) {
            if (a.prefix.equals(p) || a.name().equals(p)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
