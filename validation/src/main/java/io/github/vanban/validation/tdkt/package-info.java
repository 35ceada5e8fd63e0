/**
 * The rule sets of the emulation-and-commendation law (thi đua, khen thưởng): {@code tdkt-2017} (Luật TĐKT 2003,
 * Nghị định 91/2017/NĐ-CP; until 31/12/2023), {@code tdkt-2024} (Luật TĐKT 2022, Nghị định 98/2023/NĐ-CP;
 * 01/01/2024 – 30/06/2025) and {@code tdkt-2025} (Nghị định 152/2025/NĐ-CP, Nghị định 129/2025/NĐ-CP; from
 * 01/07/2025), found through {@link java.util.ServiceLoader} in the family {@code tdkt}, and the
 * {@link io.github.vanban.validation.tdkt.TdktParameters} that make every unverified value configurable.
 */
@NullMarked
package io.github.vanban.validation.tdkt;

import org.jspecify.annotations.NullMarked;
