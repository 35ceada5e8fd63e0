package io.github.vanban.core.document;

import io.github.vanban.core.text.VietnameseText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Loại văn bản hành chính — the 29 types of administrative document of Điều 7, Nghị định 30/2020/NĐ-CP, with
 * their Vietnamese names and the exact abbreviations of Phụ lục III, Mục I (case-sensitive: {@code QyĐ},
 * {@code CTr}, {@code TTr}). Công văn and thư công have no abbreviation.
 *
 * <p>The names, abbreviations and template facts are reference data loaded once from
 * {@code document-types.tsv}. The constant names are the stable codes used in JSON and XML.
 */
public enum DocumentType {
    /** Nghị quyết (cá biệt), NQ. */
    NGHI_QUYET,
    /** Quyết định (cá biệt), QĐ. */
    QUYET_DINH,
    /** Chỉ thị, CT. */
    CHI_THI,
    /** Quy chế, QC. */
    QUY_CHE,
    /** Quy định, QyĐ. */
    QUY_DINH,
    /** Thông cáo, TC. */
    THONG_CAO,
    /** Thông báo, TB. */
    THONG_BAO,
    /** Hướng dẫn, HD. */
    HUONG_DAN,
    /** Chương trình, CTr. */
    CHUONG_TRINH,
    /** Kế hoạch, KH. */
    KE_HOACH,
    /** Phương án, PA. */
    PHUONG_AN,
    /** Đề án, ĐA. */
    DE_AN,
    /** Dự án, DA. */
    DU_AN,
    /** Báo cáo, BC. */
    BAO_CAO,
    /** Biên bản, BB. */
    BIEN_BAN,
    /** Tờ trình, TTr. */
    TO_TRINH,
    /** Hợp đồng, HĐ. */
    HOP_DONG,
    /** Công văn — no abbreviation. */
    CONG_VAN,
    /** Công điện, CĐ. */
    CONG_DIEN,
    /** Bản ghi nhớ, BGN. */
    BAN_GHI_NHO,
    /** Bản thỏa thuận, BTT. */
    BAN_THOA_THUAN,
    /** Giấy ủy quyền, GUQ. */
    GIAY_UY_QUYEN,
    /** Giấy mời, GM. */
    GIAY_MOI,
    /** Giấy giới thiệu, GGT. */
    GIAY_GIOI_THIEU,
    /** Giấy nghỉ phép, GNP. */
    GIAY_NGHI_PHEP,
    /** Phiếu gửi, PG. */
    PHIEU_GUI,
    /** Phiếu chuyển, PC. */
    PHIEU_CHUYEN,
    /** Phiếu báo, PB. */
    PHIEU_BAO,
    /** Thư công — no abbreviation. */
    THU_CONG;

    /** What the trích yếu (ô 5) of a type looks like. */
    public enum SubjectRule {
        /** A trích yếu under the type name is required. */
        REQUIRED,
        /** Công văn: the trích yếu starts with "V/v" and stands under the number (ô 5b). */
        V_V,
        /** No trích yếu (giấy giới thiệu, giấy nghỉ phép). */
        NONE,
        /** The decree gives no template for the type. */
        UNSPECIFIED
    }

    /** When the type has a "Kính gửi" line (ô 9a; Phụ lục I, II.9.b). */
    public enum AddresseeRule {
        /** Always (công văn). */
        ALWAYS,
        /** When a lower body sends it to a higher one (tờ trình, báo cáo). */
        WHEN_UPWARD,
        /** Never: the document has "Nơi nhận" only. */
        NEVER,
        /** The decree gives no template for the type. */
        UNSPECIFIED
    }

    private record Facts(int articleOrder, String vietnameseName, @Nullable String abbreviation,
                         @Nullable String template, SubjectRule subjectRule, AddresseeRule addresseeRule) {
    }

    private static final class Registry {
        static final Map<DocumentType, Facts> FACTS = load();
        static final Map<String, DocumentType> BY_ABBREVIATION = new HashMap<>();
        static final Map<String, DocumentType> BY_NAME_KEY = new HashMap<>();

        static {
            for (DocumentType t : values()) {
                Facts f = FACTS.get(t);
                if (f.abbreviation() != null) {
                    BY_ABBREVIATION.put(f.abbreviation(), t);
                }
                BY_NAME_KEY.put(VietnameseText.comparisonKey(f.vietnameseName()), t);
            }
            // The decree itself spells "Giấy uỷ quyền" and "Bản thoả thuận" too; the key folds tone placement.
        }

        private static Map<DocumentType, Facts> load() {
            Map<DocumentType, Facts> facts = new EnumMap<>(DocumentType.class);
            try (InputStream in = DocumentType.class.getResourceAsStream("document-types.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("document-types.tsv is missing from vanban-core");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    facts.put(DocumentType.valueOf(f[0]), new Facts(Integer.parseInt(f[1]), f[2],
                            f[3].isEmpty() ? null : f[3], f[4].isEmpty() ? null : f[4],
                            SubjectRule.valueOf(f[5]), AddresseeRule.valueOf(f[6])));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (facts.size() != values().length) {
                throw new IllegalStateException("document-types.tsv lists " + facts.size() + " of "
                        + values().length + " document types");
            }
            return facts;
        }
    }

    private Facts facts() {
        return Registry.FACTS.get(this);
    }

    /** @return the position of the type in the list of Điều 7 (1–29) */
    public int articleOrder() {
        return facts().articleOrder();
    }

    /** @return the Vietnamese name as the decree writes it, e.g. "Quyết định" */
    public String vietnameseName() {
        return facts().vietnameseName();
    }

    /** @return the name in capitals as printed in ô 5a, e.g. "QUYẾT ĐỊNH" */
    public String heading() {
        return VietnameseText.upperCase(vietnameseName());
    }

    /**
     * @return the exact abbreviation of Phụ lục III (e.g. "QĐ", "QyĐ"), empty for công văn and thư công
     */
    public Optional<String> abbreviation() {
        return Optional.ofNullable(facts().abbreviation());
    }

    /** @return the template of Phụ lục III, Mục II ("1.1" … "1.10"), empty when the decree has none */
    public Optional<String> template() {
        return Optional.ofNullable(facts().template());
    }

    /** @return what the trích yếu of this type looks like */
    public SubjectRule subjectRule() {
        return facts().subjectRule();
    }

    /** @return when this type carries a "Kính gửi" line */
    public AddresseeRule addresseeRule() {
        return facts().addresseeRule();
    }

    /**
     * Finds a type by its abbreviation, exactly as Phụ lục III prints it (case-sensitive, so "QyĐ" is quy định
     * and "QYĐ" is nothing).
     *
     * @param abbreviation an abbreviation such as "QĐ" or "TTr"
     * @return the type, or empty when no type has that abbreviation
     */
    public static Optional<DocumentType> fromAbbreviation(String abbreviation) {
        return Optional.ofNullable(Registry.BY_ABBREVIATION.get(VietnameseText.nfc(abbreviation)));
    }

    /**
     * Finds a type by its Vietnamese name, tolerant of case, spacing, normalisation form and tone-mark placement
     * ("QUYẾT ĐỊNH", "quyết định", "Giấy uỷ quyền" all match).
     *
     * @param name a type name
     * @return the type, or empty when the name is not one of the 29
     */
    public static Optional<DocumentType> fromName(String name) {
        return Optional.ofNullable(Registry.BY_NAME_KEY.get(VietnameseText.comparisonKey(name)));
    }
}
