package io.github.vanban.core.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecipientsTest {

    @Test
    void keeps_addressees_distribution_and_archive_in_immutable_copies() {
        List<Recipient> to = new ArrayList<>(List.of(new Recipient("Bộ Nội vụ", null, "")));
        Recipients r = new Recipients(to, List.of(Recipient.of(Recipient.AS_ABOVE)), ArchiveLine.of("VT", "VP"));
        to.clear();
        assertThat(r.addressees()).extracting(Recipient::name).containsExactly("Bộ Nội vụ");
        assertThat(r.distribution().get(0).isAsAbove()).isTrue();
        assertThat(r.archive().format()).isEqualTo("Lưu: VT, VP.");
        assertThatThrownBy(() -> r.distribution().add(Recipient.of("x"))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Recipients.NONE.addressees()).isEmpty();
        assertThat(Recipients.NONE.archive()).isNull();
    }
}
