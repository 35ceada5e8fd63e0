package io.github.vanban.validation;

import java.util.Locale;

/**
 * Thành phần thể thức — the part of a document a rule concerns (the components of Điều 8, Nghị định
 * 30/2020/NĐ-CP, and the ô numbers of Phụ lục I), with its Vietnamese and English names.
 */
public enum DocumentPart {
    /** Loại văn bản (Điều 7). */
    TYPE("Loại văn bản", "Document type"),
    /** Tên cơ quan, tổ chức ban hành (ô 2). */
    ISSUER("Tên cơ quan ban hành", "Issuer"),
    /** Số, ký hiệu (ô 3). */
    NUMBER("Số, ký hiệu", "Number and notation"),
    /** Địa danh và thời gian ban hành (ô 4). */
    PLACE_AND_DATE("Địa danh, thời gian", "Place and date"),
    /** Tên loại và trích yếu (ô 5). */
    SUBJECT("Trích yếu", "Subject"),
    /** Nội dung (ô 6). */
    BODY("Nội dung", "Body"),
    /** Quyền hạn, chức vụ, họ tên người ký (ô 7). */
    SIGNATURE("Chữ ký", "Signature"),
    /** Nơi nhận, Kính gửi, Lưu (ô 9). */
    RECIPIENTS("Nơi nhận", "Recipients"),
    /** Ký hiệu người soạn thảo, số lượng bản (ô 12). */
    DRAFTER_MARK("Ký hiệu người soạn thảo", "Drafter mark"),
    /** Độ mật (ô 10a). */
    CONFIDENTIALITY("Độ mật", "Confidentiality"),
    /** Mức độ khẩn (ô 10b). */
    URGENCY("Độ khẩn", "Urgency"),
    /** Phạm vi lưu hành (ô 11). */
    CIRCULATION("Phạm vi lưu hành", "Circulation"),
    /** Phụ lục. */
    APPENDIX("Phụ lục", "Appendix"),
    /** Chỉ dẫn dự thảo (not an ND30 component). */
    DRAFT_MARKER("Dấu dự thảo", "Draft marker"),
    /** Thông tin đầu vào (Phụ lục VI). */
    METADATA("Thông tin đầu vào", "Metadata"),
    /** Phông chữ, mã hóa văn bản (Phụ lục I, I.4). */
    TEXT("Mã ký tự", "Text encoding"),
    /** Hồ sơ khen thưởng: the list, reports and minutes of an award proposal or decision (thi đua, khen thưởng). */
    AWARD("Hồ sơ khen thưởng", "Award dossier"),
    /** The document as a whole (structure of the model). */
    DOCUMENT("Văn bản", "Document");

    private final String vietnameseName;
    private final String englishName;

    DocumentPart(String vietnameseName, String englishName) {
        this.vietnameseName = vietnameseName;
        this.englishName = englishName;
    }

    /**
     * @param locale the reader's locale; Vietnamese for "vi", English otherwise
     * @return the name of the part in that language
     */
    public String displayName(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? vietnameseName : englishName;
    }
}
