/** The rule set nd30-2020: Nghị định 30/2020/NĐ-CP, the checks of its §16 candidate rules that the model allows. */
@NullMarked
package io.github.vanban.validation.internal.nd30;

import org.jspecify.annotations.NullMarked;
