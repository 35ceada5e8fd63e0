package io.github.vanban.core.component;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Thông tin cuộc họp — the meeting facts of a giấy mời (Mẫu 1.7) or a biên bản (Mẫu 1.9, Phụ lục III of
 * Nghị định 30/2020/NĐ-CP): time, place, chair, participants, secretary and end. Times are kept as written
 * ("08 giờ 00, ngày 10/3/2023") because documents write them in many ways.
 *
 * @param time when it starts (Thời gian / Thời gian bắt đầu)
 * @param location where (Địa điểm)
 * @param chair who chairs (Chủ trì / Chủ tọa)
 * @param participants who attends (Thành phần tham dự)
 * @param secretary who keeps the record (Thư ký), for a biên bản
 * @param end when it ended, for a biên bản
 */
public record Meeting(@Nullable String time, @Nullable String location, @Nullable String chair,
                      @NotNull List<String> participants, @Nullable String secretary, @Nullable String end) {

    /** Copies the participants. */
    public Meeting {
        participants = List.copyOf(participants);
    }
}
