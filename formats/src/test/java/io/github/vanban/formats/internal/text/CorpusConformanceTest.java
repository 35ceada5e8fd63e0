package io.github.vanban.formats.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.text.VietnameseText;
import io.github.vanban.formats.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Reads every file of the shared corpus and compares number, notation, date, type, issuer and signer with the
 * registry values of {@code corpus/GROUND_TRUTH.tsv}; prints the accuracy per source and field, twice, and fails
 * when a figure drops below the ratchet in {@code corpus-ratchet.properties}.
 *
 * <p>How a registry value is compared with what the text can hold:
 * <ul>
 * <li>a file whose {@code relation_to_file} is not "same document" (an attachment or an incoming document filed
 * under another registry entry) is read but not scored;</li>
 * <li>a draft whose text leaves the number blank (INDEX notes "number left blank", "blank number", "no Số line")
 * is expected to read a blank number; a text without its header block ("no Số line in text") is expected to read
 * no number, notation, date or issuer;</li>
 * <li>a date is compared on the parts the text writes (a draft's blank day or month are not compared);</li>
 * <li>number compares numeric values ("01" and "1" are the same number);</li>
 * <li>type compares the type heading as written (a Thông tư is not one of the 29 types) by words;</li>
 * <li>issuer: the registry names the issuing body (tvpl, nomvn) or the drafting unit (kma_hvm); it matches when
 * its words are among the words of the issuer and its parent (abbreviations UBND and TP expanded), or, as a
 * drafting unit, when its initials are a unit of the document's notation, archive line or signature titles, or
 * when the drafting unit of the Lưu line (the unit after VT, Phụ lục I, II.9.d) abbreviates it by the first of
 * those initials ("KT" for Phòng Khảo thí và Đảm bảo chất lượng đào tạo);</li>
 * <li>signer compares the name before " - " by words.</li>
 * </ul>
 *
 * <p>The first view ("against the registry") scores every field so. The second ("against what the text carries")
 * takes out of the score the values the text cannot give any reader, each by a check of the text itself or by
 * what INDEX.tsv documents, never by naming a file:
 * <ul>
 * <li>a number INDEX.tsv documents as misread by the OCR ({@code number in text "407" ≠ registry number}) is
 * expected as the text writes it: the digits before any unreadable character;</li>
 * <li>a notation that occurs nowhere in the text (a draft written under another ký hiệu) is not scored;</li>
 * <li>a full registry date (not a draft's) that the text writes nowhere, neither as "ngày d tháng m năm y" nor as
 * d/m/y, is not scored: the registry records the day of registration, the text the day of signing, and an OCR'd
 * day can be illegible;</li>
 * <li>a signer whose name, but for the first syllable (the surname an OCR may mangle), occurs nowhere in the text
 * is not scored: the scan lost the name under the signature.</li>
 * </ul>
 */
class CorpusConformanceTest {

    private static final List<String> FIELDS = List.of("number", "notation", "date", "type", "issuer", "signer");
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    @Test
    void accuracyPerSourceAndFieldHoldsTheRatchet() throws IOException {
        Path corpus = Path.of(System.getProperty("vanban.shared", "../shared"), "corpus");
        assumeTrue(Files.isDirectory(corpus.resolve("raw")), "the corpus is not at " + corpus + "; skipped");
        Map<String, String> notes = new LinkedHashMap<>();
        for (String row : Files.readAllLines(corpus.resolve("INDEX.tsv"))) {
            String[] f = row.split("\t", -1);
            if (f.length >= 5 && f[0].startsWith("raw/")) {
                notes.put(f[0], f[4]);
            }
        }
        Map<String, int[]> score = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> notCarried = new ArrayList<>();
        List<String> rows = Files.readAllLines(corpus.resolve("GROUND_TRUTH.tsv"));
        int read = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t", -1);
            if (f.length < 8) {
                continue;
            }
            String file = f[0];
            Path path = corpus.resolve(file);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            TextReader.Reading r;
            try (InputStream in = Files.newInputStream(path)) {
                r = TextCodec.readDetailed(in, ReadOptions.DEFAULTS);
            }
            read++;
            assertThat(r.result().document()).as(file).isNotNull();
            if (!f[7].equals("same document")) {
                System.out.println("not scored (" + f[7] + "): " + file);
                continue;
            }
            String source = file.split("/")[1];
            String note = notes.getOrDefault(file, "");
            boolean noHeader = note.contains("no Số line in text");
            boolean blankNumber = noHeader || note.contains("number left blank") || note.contains("blank number")
                    || note.contains("number/date left blank");
            boolean blankDate = note.contains("number/date left blank");
            AdministrativeDocument doc = r.result().document();
            String text = Files.readString(path);
            Matcher writtenNumber = Pattern.compile("number in text \"(\\d+)[^\"]*\" ≠ registry").matcher(note);
            Integer asWritten = writtenNumber.find() ? Integer.valueOf(writtenNumber.group(1)) : null;
            for (String field : FIELDS) {
                Boolean ok = compare(field, f, doc, r.typeName(), noHeader, blankNumber, blankDate);
                if (ok == null) {
                    continue;
                }
                int[] s = score.computeIfAbsent(source + "." + field, k -> new int[2]);
                s[1]++;
                if (ok) {
                    s[0]++;
                } else {
                    misses.add(file + " " + field + ": expected \"" + expected(field, f) + "\", read \""
                            + actual(field, doc, r.typeName()) + "\"");
                }
                Boolean carried = field.equals("number") && asWritten != null
                        ? Boolean.valueOf(doc.header().number() != null
                                && doc.header().number().value().orElse(-1) == asWritten)
                        : noHeader || carries(field, f, text, blankNumber) ? ok : null;
                if (carried == null) {
                    notCarried.add(file + " " + field + ": \"" + expected(field, f) + "\" is not in the text");
                    continue;
                }
                int[] t = score.computeIfAbsent(source + "." + field + ".text", k -> new int[2]);
                t[1]++;
                if (carried) {
                    t[0]++;
                }
            }
        }
        assumeTrue(read > 0, "no corpus file found; skipped");
        Properties ratchet = new Properties();
        try (InputStream in = getClass().getResourceAsStream("corpus-ratchet.properties")) {
            if (in != null) {
                ratchet.load(in);
            }
        }
        List<String> drops = new ArrayList<>();
        StringBuilder report = new StringBuilder("Plain-text reader accuracy on the corpus (correct/scored)\n");
        report.append(" against the registry (GROUND_TRUTH.tsv):\n");
        report(report, score, ratchet, "", drops);
        report.append(" against what the text carries (values the text does not hold are not scored):\n");
        report(report, score, ratchet, ".text", drops);
        System.out.print(report);
        misses.forEach(m -> System.out.println("  miss: " + m));
        notCarried.forEach(m -> System.out.println("  not carried: " + m));
        assertThat(drops).as("accuracy below the ratchet").isEmpty();
    }

    @Test
    void whatTheTextCarriesIsDecidedByTheTextItself() {
        String[] row = {"raw/x.txt", "1204/KH-HVM", "03/01/2025", "Kế hoạch", "Phòng Đào tạo",
            "Hoàng Văn Thức - Học viện Kỹ thuật mật mã", "", "same document"};
        assertThat(carries("date", row, "Hà Nội, ngày 02 tháng 01 năm 2025", false)).isFalse();
        assertThat(carries("date", row, "Hà Nội, ngày 3 tháng 1 năm 20 25", false)).isTrue();
        assertThat(carries("date", row, "họp ngày 03/01/2025 tại", false)).isTrue();
        assertThat(carries("date", row, "họp ngày 13/01/2025 tại", false)).isFalse();
        assertThat(carries("date", row, "ngày      tháng 01 năm 2025", true)).isTrue();
        assertThat(carries("signer", row, "PHÓ GIÁM ĐỐC\noàng Văn Thức", false)).isTrue();
        assertThat(carries("signer", row, "PHÓ GIÁM ĐỐC\nHOÀNG VĂN TH ỨC", false)).isTrue();
        assertThat(carries("signer", row, "PHÓ GIÁM ĐỐC\nLương Thế Dũng", false)).isFalse();
        assertThat(carries("notation", row, "Số: 407 /KH-HVM", false)).isTrue();
        assertThat(carries("notation", row, "Số:      /KH-CTTC", false)).isFalse();
        assertThat(carries("number", row, "", false)).isTrue();
    }

    private static void report(StringBuilder report, Map<String, int[]> score, Properties ratchet, String view,
                               List<String> drops) {
        for (String source : List.of("tvpl", "nomvn", "kma_hvm")) {
            report.append(String.format("  %-8s", source));
            for (String field : FIELDS) {
                String key = source + "." + field + view;
                int[] s = score.get(key);
                if (s == null) {
                    continue;
                }
                double pct = 100.0 * s[0] / s[1];
                report.append(String.format(Locale.ROOT, "  %s %d/%d (%.1f%%)", field, s[0], s[1], pct));
                String floor = ratchet.getProperty(key);
                if (floor != null && pct + 1e-9 < Double.parseDouble(floor)) {
                    drops.add(key + " " + String.format(Locale.ROOT, "%.1f", pct) + "% < " + floor + "%");
                }
            }
            report.append('\n');
        }
    }

    /**
     * Whether the text holds the registry value of a field at all, so that a reader can be asked for it. Number,
     * type and issuer are always scored; a draft's partial date is scored on the parts it writes; a text without
     * its header is scored on reading no number, notation and date (decided by the caller).
     */
    static boolean carries(String field, String[] f, String text, boolean draft) {
        // spaces removed on both sides: PDF text splits syllables ("Nguy ễn") and digits ("20 24")
        String flat = key(text);
        switch (field) {
            case "notation": {
                Matcher m = Pattern.compile("^\\d+\\s*(?:[-/]\\s*)?(\\S.*)$").matcher(f[1].strip());
                return m.find() && flat.contains(key(m.group(1)));
            }
            case "date": {
                String[] p = f[2].split("/");
                if (draft || p.length != 3) {
                    return true;
                }
                String d = "0?" + Integer.parseInt(p[0]);
                String m = "0?" + Integer.parseInt(p[1]);
                return Pattern.compile(Pattern.quote(key("ngày")) + d + Pattern.quote(key("tháng")) + m
                        + Pattern.quote(key("năm")) + p[2] + "|(?<!\\d)" + d + "/" + m + "/" + p[2]).matcher(flat).find();
            }
            case "signer": {
                String[] name = f[5].split(" - ")[0].strip().split("\\s+");
                StringBuilder rest = new StringBuilder();
                for (String syllable : Arrays.asList(name).subList(1, name.length)) {
                    rest.append(key(syllable));
                }
                return flat.contains(rest);
            }
            default:
                return true;
        }
    }

    /** The comparison key without spaces (tone placement, case and NFC/NFD ignored per syllable). */
    private static String key(String text) {
        return VietnameseText.comparisonKey(text).replace(" ", "");
    }

    private static String expected(String field, String[] f) {
        return switch (field) {
            case "number", "notation" -> f[1];
            case "date" -> f[2];
            case "type" -> f[3];
            case "issuer" -> f[4];
            default -> f[5];
        };
    }

    private static String actual(String field, AdministrativeDocument doc, @Nullable String typeName) {
        var h = doc.header();
        return switch (field) {
            case "number", "notation" -> h.number() == null ? "" : h.number().code();
            case "date" -> h.placeAndDate() == null || h.placeAndDate().date() == null ? ""
                    : h.placeAndDate().date().toIsoString();
            case "type" -> String.valueOf(typeName);
            case "issuer" -> h.issuer() == null ? "" : h.issuer().name() + " / " + h.issuer().parentName();
            default -> doc.closing().signature() == null ? "" : String.valueOf(doc.closing().signature().fullName());
        };
    }

    private static @Nullable Boolean compare(String field, String[] f, AdministrativeDocument doc,
                                             @Nullable String typeName, boolean noHeader, boolean blankNumber,
                                             boolean blankDate) {
        var h = doc.header();
        DocumentNumber number = h.number();
        switch (field) {
            case "number": {
                if (f[1].isBlank()) {
                    return null;
                }
                if (blankNumber) {
                    return number == null ? noHeader : number.number() == null;
                }
                Matcher m = Pattern.compile("^(\\d+)").matcher(f[1]);
                if (!m.find() || number == null || number.number() == null) {
                    return false;
                }
                return number.value().isPresent() && number.value().getAsInt() == Integer.parseInt(m.group(1));
            }
            case "notation": {
                Matcher m = Pattern.compile("^\\d+\\s*(?:[-/]\\s*)?(\\S.*)$").matcher(f[1].strip());
                if (f[1].isBlank() || !m.find()) {
                    return null;
                }
                if (noHeader) {
                    return number == null;
                }
                return number != null && number.notation().equals(m.group(1).replaceAll("\\s+", ""));
            }
            case "date": {
                if (f[2].isBlank()) {
                    return null;
                }
                PartialDate d = h.placeAndDate() == null ? null : h.placeAndDate().date();
                if (noHeader || blankDate) {
                    return d == null;
                }
                String[] p = f[2].split("/");
                if (d == null || d.year() != Integer.parseInt(p[2])) {
                    return false;
                }
                boolean monthOk = d.month() == null ? blankNumber : d.month() == Integer.parseInt(p[1]);
                boolean dayOk = d.day() == null ? blankNumber : d.day() == Integer.parseInt(p[0]);
                return monthOk && dayOk;
            }
            case "type":
                return f[3].isBlank() ? null : typeName != null && VietnameseText.sameWords(typeName, f[3]);
            case "issuer": {
                if (f[4].isBlank() || f[4].equals("NULL")) {
                    return null;
                }
                if (noHeader) {
                    return h.issuer() == null;
                }
                return issuerMatches(f[4], doc);
            }
            default: {
                if (f[5].isBlank()) {
                    return null;
                }
                String name = f[5].split(" - ")[0].strip();
                return doc.closing().signature() != null && doc.closing().signature().fullName() != null
                        && VietnameseText.sameWords(name, doc.closing().signature().fullName());
            }
        }
    }

    private static Set<String> words(String s) {
        String e = s.replaceAll("\\bUBND\\b", "Ủy ban nhân dân").replaceAll("\\bTP\\b", "Thành phố");
        Set<String> out = new HashSet<>();
        for (String w : VietnameseText.comparisonKey(e).split("[^\\p{L}\\p{M}\\d]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean issuerMatches(String expected, AdministrativeDocument doc) {
        var issuer = doc.header().issuer();
        Set<String> have = new HashSet<>();
        if (issuer != null) {
            have.addAll(words(issuer.name()));
            if (issuer.parentName() != null) {
                have.addAll(words(issuer.parentName()));
            }
        }
        if (!have.isEmpty() && have.containsAll(words(expected))) {
            return true;
        }
        // a drafting unit: its initials ("Phòng Chính trị - Tổ chức" gives CTTC) among the document's units
        StringBuilder initials = new StringBuilder();
        String[] ws = expected.split("[\\s\\-–]+");
        for (int i = 0; i < ws.length; i++) {
            String w = ws[i];
            if (w.isEmpty() || (i == 0 && Set.of("phòng", "khoa", "hệ", "ban", "trung tâm").contains(w.toLowerCase(VI)))
                    || w.equalsIgnoreCase("và")) {
                continue;
            }
            initials.append(Fold.key(w.substring(0, 1)));
        }
        String acronym = initials.toString();
        List<String> units = new ArrayList<>();
        if (doc.header().number() != null) {
            units.addAll(doc.header().number().groups());
        }
        if (doc.closing().recipients().archive() != null) {
            units.addAll(doc.closing().recipients().archive().units());
        }
        if (doc.closing().signature() != null) {
            for (AuthorityLine l : doc.closing().signature().lines()) {
                units.add(l.title().replaceAll("^(?:PHÓ )?TRƯỞNG PHÒNG\\s*", ""));
            }
        }
        var archive = doc.closing().recipients().archive();
        if (archive != null && archive.units().size() >= 2 && archive.units().get(0).equals("VT")) {
            // the drafting unit of the Lưu line, abbreviated by the first of its initials: "KT" for Khảo thí …
            String drafting = Fold.key(archive.units().get(1));
            if (drafting.length() >= 2 && acronym.startsWith(drafting)) {
                return true;
            }
        }
        String full = Fold.key(expected.replaceFirst("^(?i)(Phòng|Khoa|Hệ|Ban)\\s+", ""));
        for (String u : units) {
            String k = Fold.key(u.replaceFirst("^(?i)(Phòng|Khoa|Hệ|Ban)\\s+", ""));
            if (k.length() >= 2 && (k.equals(acronym) || (k.length() >= 4 && acronym.startsWith(k))
                    || k.equals(full))) {
                return true;
            }
        }
        return false;
    }
}
