/**
 * Thi đua, khen thưởng — emulation and commendation under Luật Thi đua, khen thưởng số 06/2022/QH15 (and, for
 * documents dated until 31/12/2023, the Luật Thi đua, khen thưởng 2003 as amended), Nghị định 98/2023/NĐ-CP and
 * Nghị định 152/2025/NĐ-CP: emulation titles (danh hiệu thi đua) and forms of commendation (hình thức khen
 * thưởng) as an extensible {@link io.github.vanban.core.award.AwardCatalog}, kinds of commendation, emulation
 * movements, initiatives, nominees with their history, and the two documents of the procedure: the
 * {@link io.github.vanban.core.award.AwardProposal} (tờ trình đề nghị khen thưởng) and the
 * {@link io.github.vanban.core.award.AwardDecision} (quyết định khen thưởng).
 *
 * <p>The model records facts and dates only. Which regime applies and whether the criteria are met is decided by
 * the {@code tdkt-*} rule sets of vanban-validation.
 */
@NullMarked
package io.github.vanban.core.award;

import org.jspecify.annotations.NullMarked;
