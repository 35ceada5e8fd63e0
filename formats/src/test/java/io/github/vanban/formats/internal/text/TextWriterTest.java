package io.github.vanban.formats.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.body.Body;
import io.github.vanban.core.body.NumberedItem;
import io.github.vanban.core.component.ArchiveLine;
import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.ContactFooter;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.OrganId;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.component.Recipients;
import io.github.vanban.core.component.SignatureBlock;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.Header;
import io.github.vanban.core.document.OfficialDispatch;
import io.github.vanban.formats.Diagnostic;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextWriterTest {

    private static OfficialDispatch dispatch(OrganId id, ContactFooter footer) {
        Header header = Header.builder()
                .issuer(new Organization("Sở Tài chính", "UBND tỉnh Hưng Yên", "STC", id))
                .number(new DocumentNumber("05", "STC-VP"))
                .placeAndDate(PlaceAndDate.of("Hưng Yên", new PartialDate(2024, 3, 5)))
                .subject("V/v rà soát tài sản công").build();
        Body body = Body.builder().add(NumberedItem.of("1", "Rà soát tài sản.")).endMark(true).build();
        Closing closing = new Closing(SignatureBlock.of("Nguyễn Văn An", AuthorityLine.of("GIÁM ĐỐC")),
                new Recipients(List.of(new Recipient("Các phòng thuộc Sở", null, ".")), List.of(Recipient.of("Như trên")),
                        ArchiveLine.of("VT", "VP")), null, footer);
        return new OfficialDispatch(header, body, closing);
    }

    @Test
    void writesTheDecreesOrderAndWording() throws Exception {
        StringWriter out = new StringWriter();
        List<Diagnostic> lost = new TextCodec().write(dispatch(null, null), out);
        assertThat(lost).isEmpty();
        assertThat(out.toString()).isEqualTo(String.join("\n",
                "UBND TỈNH HƯNG YÊN",
                "SỞ TÀI CHÍNH",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 05/STC-VP",
                "V/v rà soát tài sản công",
                "Hưng Yên, ngày 05 tháng 3 năm 2024",
                "",
                "Kính gửi: Các phòng thuộc Sở.",
                "",
                "1. Rà soát tài sản./.",
                "",
                "GIÁM ĐỐC",
                "",
                "Nguyễn Văn An",
                "",
                "Nơi nhận:",
                "- Như trên;",
                "- Lưu: VT, VP.",
                ""));
    }

    @Test
    void reportsWhatPlainTextCannotCarry() throws Exception {
        List<Diagnostic> lost = new TextCodec().write(dispatch(OrganId.parse("000.00.00.H41"),
                new ContactFooter("Số 1 Hải Thượng Lãn Ông", null, null, "0221 3863 000", null)), new StringWriter());
        assertThat(lost).extracting(d -> d.severity() + " " + d.location().path()).containsExactly(
                "WARNING /header/issuer/organId", "WARNING /closing/contactFooter");
    }
}
