package io.github.vanban.formats.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.body.Assignment;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Chủ trì, phối hợp: where the coordinators end and the task starts. */
class AssignmentReadingTest {

    @Test
    void theTaskStartsAtTheFirstTaskVerbAfterTheCoordinators() {
        Assignment a = BodyParse.assignment("Giao Bộ Quốc phòng chủ trì, phối hợp với Bộ Công an hỗ trợ sơ tán dân.");
        assertThat(a.lead()).isEqualTo("Bộ Quốc phòng");
        assertThat(a.coordinators()).containsExactly("Bộ Công an");
        assertThat(a.task()).isEqualTo("hỗ trợ sơ tán dân");
    }

    @Test
    void aTaskWordInsideACoordinatorsNameDoesNotEndIt() {
        Assignment a = BodyParse.assignment("Giao Phòng Khảo thí chủ trì, phối hợp với Phòng Đào tạo và Ban Quản lý"
                + " ký túc xá tổ chức thi trước ngày 15/01/2025.");
        assertThat(a.coordinators()).containsExactly("Phòng Đào tạo", "Ban Quản lý ký túc xá");
        assertThat(a.task()).isEqualTo("tổ chức thi trước ngày 15/01/2025");
        assertThat(a.dueDate()).isEqualTo(LocalDate.of(2025, 1, 15));
    }

    @Test
    void withoutATaskVerbTheCoordinatorKeepsNoSentencePunctuation() {
        Assignment a = BodyParse.assignment("Sở Tài chính chủ trì, phối hợp với Sở Nội vụ.");
        assertThat(a.lead()).isEqualTo("Sở Tài chính");
        assertThat(a.coordinators()).containsExactly("Sở Nội vụ");
        assertThat(a.task()).isEmpty();
    }
}
