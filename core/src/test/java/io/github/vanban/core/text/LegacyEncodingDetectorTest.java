package io.github.vanban.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.vanban.core.VietnameseGen;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class LegacyEncodingDetectorTest {

    @Test
    void tcvn3_read_as_latin1_is_detected() {
        assertThat(LegacyEncodingDetector.detect("Céng hßa x· héi chñ nghÜa ViÖt Nam")).contains(LegacyEncoding.TCVN3);
        assertThat(LegacyEncodingDetector.detect("§éc lËp - Tù do - H¹nh phóc")).contains(LegacyEncoding.TCVN3);
    }

    @Test
    void vni_read_as_latin1_is_detected() {
        assertThat(LegacyEncodingDetector.detect("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")).contains(LegacyEncoding.VNI);
    }

    @Test
    void unicode_vietnamese_is_not_legacy_in_nfc_or_nfd() {
        String s = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc";
        assertThat(LegacyEncodingDetector.detect(s)).isEmpty();
        assertThat(LegacyEncodingDetector.detect(Normalizer.normalize(s, Normalizer.Form.NFD))).isEmpty();
        assertThat(LegacyEncodingDetector.detect("")).isEmpty();
        assertThat(LegacyEncodingDetector.detect("© 2023 «Sở» ½")).isEmpty();
    }

    @Test
    void generated_vietnamese_text_is_never_legacy() {
        qt().forAll(VietnameseGen.phrase(VietnameseGen.anyCaseSyllable(), 1, 60))
                .checkAssert(text -> assertThat(LegacyEncodingDetector.detect(text)).isEmpty());
    }

    @Test
    void a_few_stray_ocr_marks_in_a_unicode_document_are_not_legacy() {
        String ocr = "Sinh hoạt chung (văn hoá, văn nghệ, sân» khấu, loa, đài) © ¬ ở Học viện Kỹ thuật Mật mã, "
                + "những người được giao nhiệm vụ thường xuyên";
        assertThat(LegacyEncodingDetector.detect(ocr)).isEmpty();
    }

    @Test
    void the_seed_dispatch_is_not_legacy() throws IOException {
        Path seed = shared().resolve("seed");
        assumeTrue(Files.isDirectory(seed), "../shared/seed is absent; skipping");
        try (Stream<Path> files = Files.list(seed)) {
            List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).toList();
            assertThat(texts).isNotEmpty();
            for (Path p : texts) {
                assertThat(LegacyEncodingDetector.detect(Files.readString(p, StandardCharsets.UTF_8))).as(p.toString()).isEmpty();
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> no_corpus_document_is_reported_as_legacy() throws IOException {
        Path raw = shared().resolve("corpus/raw");
        assumeTrue(Files.isDirectory(raw), "../shared/corpus is absent; skipping");
        List<Path> texts;
        try (Stream<Path> files = Files.walk(raw)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        return texts.stream().map(p -> DynamicTest.dynamicTest(raw.relativize(p).toString(), () ->
                assertThat(LegacyEncodingDetector.detect(Files.readString(p, StandardCharsets.UTF_8))).isEmpty()));
    }

    static Path shared() {
        return Path.of(System.getProperty("vanban.shared", "../../shared"));
    }
}
