package io.github.vanban.cli;

import io.github.vanban.core.body.Body;
import io.github.vanban.core.body.NumberedItem;
import io.github.vanban.core.component.ArchiveLine;
import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.component.Recipients;
import io.github.vanban.core.component.SignatureBlock;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.Header;
import io.github.vanban.core.document.OfficialDispatch;
import java.time.LocalDate;
import java.util.List;

/** Small công văn built in code for the command's tests. */
final class TestDocuments {

    private TestDocuments() {
    }

    /**
     * @param number the number, or {@code null} for a draft with a blank number
     * @param subject the trích yếu
     * @return a short dispatch of a district office
     */
    static OfficialDispatch dispatch(Integer number, String subject) {
        Header header = Header.builder()
                .issuer(new Organization("Phòng Văn hóa và Thông tin", "UBND huyện Mỹ Hào", "VHTT", null))
                .number(number == null ? DocumentNumber.blank("VHTT") : DocumentNumber.of(number, "VHTT"))
                .placeAndDate(PlaceAndDate.of("Mỹ Hào", PartialDate.of(LocalDate.of(2024, 3, 12))))
                .subject(subject)
                .build();
        Body body = Body.builder()
                .add(NumberedItem.of("1", "Rà soát danh mục thiết chế văn hóa cơ sở."))
                .add(NumberedItem.of("2", "Báo cáo kết quả trước ngày 30/3/2024."))
                .endMark(true)
                .build();
        Closing closing = Closing.of(SignatureBlock.of("Trần Thị Lan", AuthorityLine.of("TRƯỞNG PHÒNG")),
                new Recipients(List.of(new Recipient("UBND các xã, phường", null, ".")),
                        List.of(Recipient.of("Như trên"), Recipient.of("Lãnh đạo UBND huyện", "để báo cáo")),
                        ArchiveLine.of("VT")));
        return new OfficialDispatch(header, body, closing);
    }
}
