package io.github.vanban.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.ContactFooter;
import io.github.vanban.core.component.DrafterMark;
import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.component.Recipients;
import io.github.vanban.core.component.Seal;
import io.github.vanban.core.component.SignatureBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClosingTest {

    private static final SignatureBlock SIGNATURE = SignatureBlock.of("Nguyễn Văn An", AuthorityLine.of("GIÁM ĐỐC"));
    private static final Recipients RECIPIENTS = new Recipients(List.of(), List.of(Recipient.of("Như trên")), null);

    @Test
    void builder_sets_every_part() {
        ContactFooter footer = new ContactFooter("Số 1 đường A", null, null, "0221 3862 000", null);
        Closing c = Closing.builder().signature(SIGNATURE).recipients(RECIPIENTS).drafterMark(new DrafterMark("PL", 300))
                .contactFooter(footer).seal(Seal.paper()).build();
        assertThat(c).isEqualTo(new Closing(SIGNATURE, RECIPIENTS, new DrafterMark("PL", 300), footer, Seal.paper()));
    }

    @Test
    void the_four_part_constructor_and_of_record_no_seal() {
        assertThat(new Closing(SIGNATURE, RECIPIENTS, null, null).seal()).isNull();
        assertThat(Closing.of(SIGNATURE, RECIPIENTS)).isEqualTo(new Closing(SIGNATURE, RECIPIENTS, null, null, null));
        assertThat(Closing.builder().build()).isEqualTo(Closing.EMPTY);
        assertThat(Closing.EMPTY.recipients()).isEqualTo(Recipients.NONE);
    }
}
