package io.github.vanban.formats.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.vanban.core.body.BodyElement;
import io.github.vanban.core.body.NumberedItem;
import io.github.vanban.core.body.Paragraph;
import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.Meeting;
import io.github.vanban.core.component.SignatureBlock;
import io.github.vanban.core.component.SignatureKind;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.Invitation;
import io.github.vanban.core.document.Minutes;
import io.github.vanban.core.document.Plan;
import io.github.vanban.formats.Diagnostic;
import io.github.vanban.formats.ReadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The meeting facts of a giấy mời (Mẫu 1.7) and a biên bản (Mẫu 1.9), and the biên bản's two signatures, read from
 * hand-written texts with merged header columns, wrapped values and the "THƯ KÝ CHỦ TỌA" line.
 */
class MeetingReadingTest {

    private static final String INVITATION = String.join("\n",
            "UBND TỈNH HƯNG YÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",           // 1
            "SỞ TÀI CHÍNH Độc lập - Tự do - Hạnh phúc",                         // 2
            "Số: 15/GM-STC Hưng Yên, ngày 06 tháng 3 năm 2024",                // 3
            "",                                                                 // 4
            "GIẤY MỜI",                                                         // 5
            "Họp rà soát tài sản công năm 2024",                                // 6
            "",                                                                 // 7
            "Sở Tài chính trân trọng kính mời: Đại diện lãnh đạo các phòng thuộc Sở.", // 8
            "Tới dự cuộc họp rà soát tài sản công năm 2024.",                   // 9
            "Chủ trì: Đồng chí Nguyễn Văn An, Giám đốc Sở",                     // 10
            "THỜI GIAN: 08 giờ 00, ngày 10 tháng 3",                            // 11
            "năm 2024.",                                                        // 12
            "- Địa điểm Phòng họp tầng 3, Sở Tài chính.",                       // 13
            "Đề nghị các đồng chí tham dự đúng giờ./.",                         // 14
            "",                                                                 // 15
            "GIÁM ĐỐC",                                                         // 16
            "",                                                                 // 17
            "Nguyễn Văn An",                                                    // 18
            "",                                                                 // 19
            "Nơi nhận:",                                                        // 20
            "- Như trên;",                                                      // 21
            "- Lưu: VT, VP.");                                                  // 22

    private static final String MINUTES = String.join("\n",
            "SỞ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",                 // 1
            "PHÒNG KẾ HOẠCH Độc lập - Tự do - Hạnh phúc",                       // 2
            "Số: 03/BB-KH",                                                     // 3
            "",                                                                 // 4
            "BIÊN BẢN",                                                         // 5
            "Họp giao ban tháng 3 năm 2024",                                    // 6
            "Thời gian bắt đầu: 14 giờ 00, ngày 12 tháng 3 năm 2024.",          // 7
            "Địa điểm: Phòng họp số 2.",                                        // 8
            "Thành phần tham dự:",                                              // 9
            "- Ông Trần Văn Bình, Trưởng phòng;",                               // 10
            "- Bà Lê Thị Hoa, chuyên viên phụ trách tổng hợp, theo dõi",        // 11
            "công tác kế hoạch;",                                               // 12
            "- Ông Phạm Minh Đức, chuyên viên.",                                // 13
            "Chủ trì (chủ toạ): Ông Trần Văn Bình, Trưởng phòng.",              // 14
            "Thư ký (người ghi biên bản) Bà Lê Thị Hoa.",                       // 15
            "Nội dung (theo diễn biến cuộc họp):",                              // 16
            "1. Trưởng phòng đánh giá kết quả tháng 2.",                        // 17
            "2. Các chuyên viên báo cáo tiến độ.",                              // 18
            "Cuộc họp kết thúc vào 16 giờ 30 phút, ngày 12 tháng 3 năm 2024./.", // 19
            "",                                                                 // 20
            "THƯ KÝ CHỦ TỌA",                                                   // 21
            "(Ký, ghi rõ họ tên) (Ký, ghi rõ họ tên)",                          // 22
            "",                                                                 // 23
            "Lê Thị Hoa Trần Văn Bình",                                         // 24
            "",                                                                 // 25
            "Nơi nhận:",                                                        // 26
            "- Các thành viên dự họp;",                                         // 27
            "- Lưu: VT, Hồ sơ.");                                               // 28

    private static ReadResult read(String text) {
        return TextReader.read(text).result();
    }

    private static List<String> texts(List<BodyElement> content) {
        return content.stream().map(e -> e instanceof Paragraph p ? p.text()
                : e instanceof NumberedItem n ? n.label() + ". " + n.text() : e.toString()).toList();
    }

    /** The secretary Lê Thị Hoa (THƯ KÝ) and the chair Trần Văn Bình under the given title. */
    private static void assertSignatures(Minutes doc, String chairTitle) {
        assertThat(doc.secretarySignature()).isEqualTo(SignatureBlock.of("Lê Thị Hoa", AuthorityLine.of("THƯ KÝ")));
        assertThat(doc.closing().signature()).isEqualTo(SignatureBlock.of("Trần Văn Bình", AuthorityLine.of(chairTitle)));
    }

    private static List<Diagnostic> warnings(ReadResult r) {
        return r.diagnostics().stream().filter(d -> d.severity() != Diagnostic.Severity.INFO).toList();
    }

    @Test
    void readsTheMeetingOfAnInvitationAndTakesItsLinesOutOfTheBody() {
        ReadResult r = read(INVITATION);
        Invitation doc = (Invitation) r.document();
        assertThat(doc.meeting()).isEqualTo(new Meeting("08 giờ 00, ngày 10 tháng 3 năm 2024",
                "Phòng họp tầng 3, Sở Tài chính", "Đồng chí Nguyễn Văn An, Giám đốc Sở", List.of(), null, null));
        assertThat(doc.header().subject()).isEqualTo("Họp rà soát tài sản công năm 2024");
        assertThat(texts(doc.body().content())).containsExactly(
                "Sở Tài chính trân trọng kính mời: Đại diện lãnh đạo các phòng thuộc Sở.",
                "Tới dự cuộc họp rà soát tài sản công năm 2024.",
                "Đề nghị các đồng chí tham dự đúng giờ.");
        assertThat(doc.body().endMark()).isTrue();
        assertThat(doc.closing().signature()).isEqualTo(SignatureBlock.of("Nguyễn Văn An", AuthorityLine.of("GIÁM ĐỐC")));
        assertThat(r.sourceLines()).containsEntry("/meeting", 10).containsEntry("/meeting/chair", 10)
                .containsEntry("/meeting/time", 11).containsEntry("/meeting/location", 13);
        assertThat(r.confidence().get("/meeting/time")).isEqualTo(0.9);
        assertThat(r.confidence().get("/meeting/location")).as("no colon").isEqualTo(0.7);
        assertThat(warnings(r)).isEmpty();
    }

    @Test
    void readsTheMeetingAndBothSignaturesOfMinutes() {
        ReadResult r = read(MINUTES);
        Minutes doc = (Minutes) r.document();
        assertThat(doc.header().subject()).isEqualTo("Họp giao ban tháng 3 năm 2024");
        assertThat(doc.header().placeAndDate()).as("a biên bản has no date line; the time is no date").isNull();
        assertThat(doc.meeting()).isEqualTo(new Meeting("14 giờ 00, ngày 12 tháng 3 năm 2024", "Phòng họp số 2",
                "Ông Trần Văn Bình, Trưởng phòng", List.of("Ông Trần Văn Bình, Trưởng phòng",
                        "Bà Lê Thị Hoa, chuyên viên phụ trách tổng hợp, theo dõi công tác kế hoạch",
                        "Ông Phạm Minh Đức, chuyên viên"), "Bà Lê Thị Hoa",
                "16 giờ 30 phút, ngày 12 tháng 3 năm 2024"));
        assertThat(texts(doc.body().content())).containsExactly("Nội dung (theo diễn biến cuộc họp):",
                "1. Trưởng phòng đánh giá kết quả tháng 2.", "2. Các chuyên viên báo cáo tiến độ.");
        assertThat(doc.body().endMark()).isTrue();
        assertSignatures(doc, "CHỦ TỌA");
        assertThat(doc.closing().recipients().distribution()).hasSize(1);
        assertThat(doc.closing().recipients().archive().format()).isEqualTo("Lưu: VT, Hồ sơ.");
        assertThat(r.sourceLines()).containsEntry("/meeting", 7).containsEntry("/meeting/time", 7)
                .containsEntry("/meeting/location", 8).containsEntry("/meeting/participants", 9)
                .containsEntry("/meeting/participants/0", 10).containsEntry("/meeting/participants/1", 11)
                .containsEntry("/meeting/participants/2", 13).containsEntry("/meeting/chair", 14)
                .containsEntry("/meeting/secretary", 15).containsEntry("/meeting/end", 19)
                .containsEntry("/body/endMark", 19)
                .containsEntry("/secretarySignature", 21).containsEntry("/secretarySignature/lines/0", 21)
                .containsEntry("/secretarySignature/fullName", 24)
                .containsEntry("/closing/signer/lines/0", 21).containsEntry("/closing/signer/fullName", 24);
        assertThat(r.diagnostics()).extracting(d -> d.code() + "@" + d.location().line())
                .contains("text.merged-columns@21", "text.merged-columns@24", "text.signature-mark@22");
        assertThat(warnings(r)).isEmpty();
    }

    @Test
    void readsTheTwoNamesOnTwoLinesAndTheTitlesFromATable() {
        String text = MINUTES.replace("THƯ KÝ CHỦ TỌA", "| THƯ KÝ | CHỦ TOẠ |")
                .replace("Lê Thị Hoa Trần Văn Bình", "Lê Thị Hoa\nTrần Văn Bình");
        ReadResult r = read(text);
        Minutes doc = (Minutes) r.document();
        assertSignatures(doc, "CHỦ TOẠ");
        assertThat(r.sourceLines()).containsEntry("/secretarySignature/fullName", 24)
                .containsEntry("/closing/signer/fullName", 25);
        assertThat(warnings(r)).isEmpty();
    }

    @Test
    void readsTheChairSigningAsChuTri() {
        ReadResult r = read(MINUTES.replace("THƯ KÝ CHỦ TỌA", "THƯ KÝ CHỦ TRÌ"));
        Minutes doc = (Minutes) r.document();
        assertSignatures(doc, "CHỦ TRÌ");
        assertThat(warnings(r)).isEmpty();
    }

    @Test
    void readsTheSignaturesWrittenOneAfterTheOther() {
        String text = MINUTES.replace("THƯ KÝ CHỦ TỌA\n(Ký, ghi rõ họ tên) (Ký, ghi rõ họ tên)\n\nLê Thị Hoa Trần Văn Bình",
                "CHỦ TỌA\n\nTrần Văn Bình\n\nTHƯ KÝ\n\nLê Thị Hoa");
        ReadResult r = read(text);
        Minutes doc = (Minutes) r.document();
        assertSignatures(doc, "CHỦ TỌA");
        assertThat(r.sourceLines()).containsEntry("/secretarySignature", 25)
                .containsEntry("/secretarySignature/fullName", 27).containsEntry("/closing/signer/fullName", 23);
        assertThat(warnings(r)).isEmpty();
    }

    @Test
    void oneNameUnderBothTitlesGoesToTheChairWithAWarning() {
        ReadResult r = read(MINUTES.replace("Lê Thị Hoa Trần Văn Bình", "Trần Văn Bình"));
        Minutes doc = (Minutes) r.document();
        assertThat(doc.secretarySignature()).isEqualTo(new SignatureBlock(List.of(AuthorityLine.of("THƯ KÝ")), null,
                SignatureKind.UNSIGNED));
        assertThat(doc.closing().signature().fullName()).isEqualTo("Trần Văn Bình");
        assertThat(warnings(r)).extracting(d -> d.code() + "@" + d.location().line())
                .containsExactly("text.signature-unplaced@24");
    }

    @Test
    void aRepeatedLabelStaysInTheBody() {
        String text = INVITATION.replace("Đề nghị các đồng chí tham dự đúng giờ./.",
                "Địa điểm: Hội trường B (dự phòng).\nĐề nghị các đồng chí tham dự đúng giờ./.");
        ReadResult r = read(text);
        Invitation doc = (Invitation) r.document();
        assertThat(doc.meeting().location()).isEqualTo("Phòng họp tầng 3, Sở Tài chính");
        assertThat(texts(doc.body().content())).contains("Địa điểm: Hội trường B (dự phòng).");
        assertThat(r.diagnostics()).extracting(d -> d.code() + "@" + d.location().line())
                .contains("text.meeting-repeated@14");
    }

    @Test
    void otherTypesKeepTheirLabelledLinesInTheBody() {
        String text = INVITATION.replace("15/GM-STC", "15/KH-STC").replace("GIẤY MỜI", "KẾ HOẠCH");
        AdministrativeDocument doc = read(text).document();
        assertThat(doc).isInstanceOf(Plan.class);
        assertThat(texts(doc.body().content())).anyMatch(t -> t.startsWith("Chủ trì: Đồng chí Nguyễn Văn An"));
    }

    @Test
    void readsAValueOnTheNextLineAndParticipantsWrappedOnTheLabelsLine() {
        String text = INVITATION.replace("- Địa điểm Phòng họp tầng 3, Sở Tài chính.",
                "Địa điểm:\nPhòng họp tầng 3, Sở Tài chính.\nThành phần tham dự: Ông Trần Văn Bình, Trưởng phòng; Bà Lê"
                        + " Thị Hoa,\nchuyên viên; Ông Phạm Minh Đức.");
        ReadResult r = read(text);
        Meeting m = ((Invitation) r.document()).meeting();
        assertThat(m.location()).isEqualTo("Phòng họp tầng 3, Sở Tài chính");
        assertThat(m.participants()).containsExactly("Ông Trần Văn Bình, Trưởng phòng", "Bà Lê Thị Hoa, chuyên viên",
                "Ông Phạm Minh Đức");
        assertThat(r.sourceLines()).containsEntry("/meeting/location", 14).containsEntry("/meeting/participants", 15)
                .containsEntry("/meeting/participants/2", 15);
        assertThat(texts(r.document().body().content())).containsExactly(
                "Sở Tài chính trân trọng kính mời: Đại diện lãnh đạo các phòng thuộc Sở.",
                "Tới dự cuộc họp rà soát tài sản công năm 2024.",
                "Đề nghị các đồng chí tham dự đúng giờ.");
        assertThat(warnings(r)).isEmpty();
    }

    @Test
    void aLineInCapitalsAfterAnUnpunctuatedValueStaysInTheBody() {
        String text = MINUTES.replace("- Ông Phạm Minh Đức, chuyên viên.\nChủ trì (chủ toạ): Ông Trần Văn Bình, Trưởng"
                + " phòng.\nThư ký (người ghi biên bản) Bà Lê Thị Hoa.", "- Ông Phạm Minh Đức\nChủ trì: Ông Trần Văn"
                + " Bình\nThư ký Hội đồng trình bày dự thảo.");
        ReadResult r = read(text);
        Minutes doc = (Minutes) r.document();
        assertThat(doc.meeting().participants()).last().isEqualTo("Ông Phạm Minh Đức");
        assertThat(doc.meeting().chair()).isEqualTo("Ông Trần Văn Bình");
        assertThat(doc.meeting().secretary()).as("a sentence about the secretary is no label").isNull();
        assertThat(texts(doc.body().content())).startsWith("Thư ký Hội đồng trình bày dự thảo.",
                "Nội dung (theo diễn biến cuộc họp):");
    }

    @Test
    void partsOfTheseTextsNeverFailTheReader() {
        qt().withExamples(300).forAll(integers().between(0, 1), lists().of(integers().between(0, 40))
                .ofSizeBetween(0, 30)).checkAssert((which, picks) -> {
                    List<String> all = List.of((which == 0 ? INVITATION : MINUTES).split("\n"));
                    StringBuilder text = new StringBuilder();
                    for (int p : picks) {
                        text.append(all.get(p % all.size())).append('\n');
                    }
                    TextReader.Reading r = TextReader.read(text.toString());
                    assertThat(r.result().diagnostics()).extracting(Diagnostic::code).doesNotContain("text.internal");
                });
    }

    @Test
    void theInvitingSentenceEndsTheTrichYeuWithoutABlankLine() {
        String text = INVITATION.replace("năm 2024\n\nSở Tài chính trân trọng", "năm 2024\nSở Tài chính trân trọng");
        AdministrativeDocument doc = TextReader.read(text).result().document();
        assertThat(doc.header().subject()).isEqualTo("Họp rà soát tài sản công năm 2024");
        assertThat(((Paragraph) doc.body().content().get(0)).text())
                .isEqualTo("Sở Tài chính trân trọng kính mời: Đại diện lãnh đạo các phòng thuộc Sở.");
    }

    @Test
    void aMissingNoiNhanIsReportedAtTheEndOfTheDocument() {
        String text = MINUTES.substring(0, MINUTES.indexOf("\nNơi nhận:"));
        ReadResult r = TextReader.read(text).result();
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals("text.recipients-missing")
                && d.location().line() == 24 && d.severity() == Diagnostic.Severity.WARNING);
    }
}
