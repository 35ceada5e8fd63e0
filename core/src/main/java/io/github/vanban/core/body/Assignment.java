package io.github.vanban.core.body;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Giao nhiệm vụ — an assignment given in the content: the lead unit (đơn vị chủ trì), the coordinating units
 * (phối hợp), the task, the deadline (hạn xử lý; "Thời hạn giải quyết", DueDate, of the metadata of Phụ lục VI
 * and the sổ theo dõi giải quyết văn bản of Phụ lục IV, Nghị định 30/2020/NĐ-CP) and to whom the result is
 * reported.
 *
 * @param lead the unit that leads (chủ trì), e.g. "Phòng Quản lý chuyên ngành"
 * @param coordinators the units that coordinate (phối hợp), in order
 * @param task what is to be done
 * @param dueDate the deadline as a date, or {@code null}
 * @param deadlineText the deadline as written when it is not a date ("trước ngày 30/6", "hằng quý"), or
 *     {@code null}
 * @param reportTo to whom the result is reported, or {@code null}
 */
public record Assignment(@NotBlank String lead, @NotNull List<@NotBlank String> coordinators, @NotNull String task,
                         @Nullable LocalDate dueDate, @Nullable String deadlineText, @Nullable String reportTo) {

    /** Normalises texts and copies the coordinators. */
    public Assignment {
        lead = VietnameseText.nfc(lead.strip());
        coordinators = coordinators.stream().map(c -> VietnameseText.nfc(c.strip())).toList();
        task = VietnameseText.nfc(task.strip());
        deadlineText = deadlineText == null || deadlineText.isBlank() ? null : VietnameseText.nfc(deadlineText.strip());
        reportTo = reportTo == null || reportTo.isBlank() ? null : VietnameseText.nfc(reportTo.strip());
    }

    /**
     * @param lead the lead unit
     * @param coordinators the coordinating units
     * @param task the task
     * @return an assignment without deadline or report-to
     */
    public static Assignment of(String lead, List<String> coordinators, String task) {
        return new Assignment(lead, coordinators, task, null, null, null);
    }
}
