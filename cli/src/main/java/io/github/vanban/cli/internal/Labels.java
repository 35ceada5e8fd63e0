package io.github.vanban.cli.internal;

import java.util.Locale;

/**
 * The few words of the text report (nhãn), in Vietnamese or English, matching the language of the messages.
 *
 * @param line "line"
 * @param basis "basis"
 * @param fix "fix"
 * @param reader "reader"
 * @param error singular of error
 * @param errors plural of error
 * @param warning singular of warning
 * @param warnings plural of warning
 * @param noFinding "no finding"
 * @param valid the word for VALID
 * @param invalid the word for INVALID
 * @param failed the word for FAILED
 */
public record Labels(String line, String basis, String fix, String reader, String error, String errors,
                     String warning, String warnings, String noFinding, String valid, String invalid,
                     String failed) {

    private static final Labels VI = new Labels("dòng", "căn cứ", "sửa", "đọc", "lỗi", "lỗi", "cảnh báo",
            "cảnh báo", "không có phát hiện nào", "HỢP LỆ", "KHÔNG HỢP LỆ", "KHÔNG XỬ LÝ ĐƯỢC");
    private static final Labels EN = new Labels("line", "basis", "fix", "reader", "error", "errors", "warning",
            "warnings", "no findings", "VALID", "INVALID", "FAILED");

    /**
     * @param locale the language
     * @return Vietnamese labels unless the language is English
     */
    public static Labels of(Locale locale) {
        return "en".equals(locale.getLanguage()) ? EN : VI;
    }

    /**
     * @param status a status
     * @return its word
     */
    public String status(Status status) {
        return switch (status) {
            case VALID -> valid;
            case INVALID -> invalid;
            case FAILED -> failed;
        };
    }
}
