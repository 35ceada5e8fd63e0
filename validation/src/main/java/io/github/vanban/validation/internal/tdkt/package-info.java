/**
 * The code of the {@code tdkt-*} rules (thi đua, khen thưởng): a uniform view of a proposal or decision
 * ({@link io.github.vanban.validation.internal.tdkt.Dossier}), chains derived from nominees' history, the
 * inference of the conferring authority, and the checks by rule family.
 */
@NullMarked
package io.github.vanban.validation.internal.tdkt;

import org.jspecify.annotations.NullMarked;
