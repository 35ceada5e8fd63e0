package io.github.vanban.formats.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vanban.core.body.Assignment;
import io.github.vanban.core.body.BodyElement;
import io.github.vanban.core.body.NumberedItem;
import io.github.vanban.core.body.Paragraph;
import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.formats.Diagnostic;
import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed công văn (header lost, draft) reads into the structure of the sample dispatch. */
class SeedDispatchTest {

    private static ReadResult result;
    private static AdministrativeDocument doc;

    @BeforeAll
    static void read() {
        String shared = System.getProperty("vanban.shared", "../shared");
        Path seed = Path.of(shared, "seed", "cong-van-skhcn-hung-yen-2023.txt");
        assumeTrue(Files.isRegularFile(seed), "the seed is not at " + seed + "; skipped");
        result = DocumentFormats.read(seed, Format.TEXT);
        doc = result.document();
    }

    @Test
    void header() {
        assertThat(doc.type()).isEqualTo(DocumentType.CONG_VAN);
        assertThat(doc.header().number().number()).isNull();
        assertThat(doc.header().number().notation()).isEqualTo("SKHCN-VP");
        assertThat(doc.header().placeAndDate().place()).isEqualTo("Hưng Yên");
        assertThat(doc.header().placeAndDate().date().day()).isNull();
        assertThat(doc.header().placeAndDate().date().month()).isEqualTo(2);
        assertThat(doc.header().placeAndDate().date().year()).isEqualTo(2023);
        assertThat(doc.header().subject())
                .isEqualTo("V/v triển khai Kết luận thanh tra và nâng cao công tác thi đua khen thưởng");
        assertThat(doc.header().issuer()).as("no issuer the text does not name").isNull();
    }

    @Test
    void saysTheHeaderIsMissing() {
        assertThat(result.diagnostics()).extracting(Diagnostic::code)
                .contains("text.header-missing", "text.national-title-missing", "text.issuer-inferred");
        Diagnostic missing = result.diagnostics().stream().filter(d -> d.code().equals("text.header-missing"))
                .findFirst().orElseThrow();
        assertThat(missing.severity()).isEqualTo(Diagnostic.Severity.ERROR);
        assertThat(missing.location().line()).isEqualTo(3);
        Diagnostic inferred = result.diagnostics().stream().filter(d -> d.code().equals("text.issuer-inferred"))
                .findFirst().orElseThrow();
        assertThat(inferred.message()).contains("\"SKHCN\"");
        assertThat(inferred.location().line()).isEqualTo(3);
    }

    @Test
    void bodyHasFourItemsOneAssignmentOneCitationOneAttachment() {
        List<BodyElement> content = doc.body().content();
        assertThat(content.stream().filter(e -> e instanceof NumberedItem)).hasSize(4);
        assertThat(content.get(0)).isInstanceOf(Paragraph.class);
        assertThat(content.stream().filter(e -> e instanceof NumberedItem).map(e -> ((NumberedItem) e).label()))
                .containsExactly("1", "2", "3", "4");
        List<Assignment> assignments = doc.assignments();
        assertThat(assignments).hasSize(1);
        assertThat(assignments.get(0).lead()).isEqualTo("phòng Quản lý Chuyên ngành");
        assertThat(assignments.get(0).coordinators()).containsExactly("các phòng, đơn vị liên quan");
        assertThat(assignments.get(0).task()).startsWith("rà soát, tham mưu Ủy ban nhân dân tỉnh");
        assertThat(doc.body().references()).hasSize(1);
        assertThat(doc.body().references().get(0).format())
                .isEqualTo("Công văn số 279/UBND-NC ngày 15/02/2023 của UBND tỉnh về việc triển khai thực hiện Kết"
                        + " luận thanh tra và nâng cao chất lượng công tác thi đua khen thưởng");
        assertThat(doc.body().attachments()).hasSize(1);
        assertThat(doc.body().attachments().get(0).document().number().code()).isEqualTo("279/UBND-NC");
        assertThat(doc.body().endMark()).isTrue();
    }

    @Test
    void closingKeepsPunctuationAsWritten() {
        var recipients = doc.closing().recipients();
        assertThat(recipients.addressees()).containsExactly(
                new Recipient("Các phòng chuyên môn, đơn vị thuộc, trực thuộc Sở", null, "."));
        assertThat(recipients.distribution()).containsExactly(
                new Recipient("Như trên", null, ";"),
                new Recipient("Sở Nội vụ", "để theo dõi", ""),
                new Recipient("Giám đốc Sở, các PGĐ Sở", null, ";;"),
                new Recipient("Chánh Văn phòng Sở", null, ";"));
        assertThat(recipients.archive().units()).containsExactly("VT", "VP");
        assertThat(doc.closing().drafterMark().initials()).isEqualTo("XT");
        assertThat(doc.closing().signature().fullName()).isEqualTo("Trần Tùng Chuẩn");
        assertThat(doc.closing().signature().lines().get(0).title()).isEqualTo("GIÁM ĐỐC");
    }

    @Test
    void sourceLinesPointAtTheComponents() {
        assertThat(result.lineOf("/header/number/codeNotation")).isEqualTo(3);
        assertThat(result.lineOf("/header/placeAndDate")).isEqualTo(7);
        assertThat(result.lineOf("/closing/recipients/toPlaces/1")).isEqualTo(30);
        assertThat(result.lineOf("/closing/signer/fullName")).isEqualTo(37);
        assertThat(result.confidence()).containsKey("/header/number");
    }
}
