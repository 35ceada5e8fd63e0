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
 * registry values of {@code corpus/GROUND_TRUTH.tsv}; prints the accuracy per source and field and fails when a
 * figure drops below the ratchet in {@code corpus-ratchet.properties}.
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
 * drafting unit, when its initials are a unit of the document's notation, archive line or signature titles;</li>
 * <li>signer compares the name before " - " by words.</li>
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
            Matcher misread = Pattern.compile("number in text \"(\\d+)[^\"]*\" ≠ registry").matcher(note);
            if (misread.find() && doc.header().number() != null) {
                int[] s = score.computeIfAbsent(source + ".number-as-written", k -> new int[2]);
                s[1]++;
                if (doc.header().number().value().orElse(-1) == Integer.parseInt(misread.group(1))) {
                    s[0]++;
                }
            }
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
            }
        }
        assumeTrue(read > 0, "no corpus file found; skipped");
        Properties ratchet = new Properties();
        try (InputStream in = getClass().getResourceAsStream("corpus-ratchet.properties")) {
            if (in != null) {
                ratchet.load(in);
            }
        }
        StringBuilder report = new StringBuilder("Plain-text reader accuracy on the corpus (correct/scored):\n");
        List<String> drops = new ArrayList<>();
        for (String source : List.of("tvpl", "nomvn", "kma_hvm")) {
            report.append(String.format("  %-8s", source));
            for (String field : FIELDS) {
                int[] s = score.get(source + "." + field);
                if (s == null) {
                    continue;
                }
                double pct = 100.0 * s[0] / s[1];
                report.append(String.format(Locale.ROOT, "  %s %d/%d (%.1f%%)", field, s[0], s[1], pct));
                String floor = ratchet.getProperty(source + "." + field);
                if (floor != null && pct + 1e-9 < Double.parseDouble(floor)) {
                    drops.add(source + "." + field + " " + String.format(Locale.ROOT, "%.1f", pct) + "% < " + floor + "%");
                }
            }
            int[] w = score.get(source + ".number-as-written");
            if (w != null) {
                report.append(String.format(Locale.ROOT, "%n            (of the numbers scored, %d differ from the registry"
                        + " by an OCR misread that INDEX.tsv documents; %d of those are read as the text writes them)",
                        w[1], w[0]));
            }
            report.append('\n');
        }
        System.out.print(report);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(drops).as("accuracy below the ratchet").isEmpty();
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
