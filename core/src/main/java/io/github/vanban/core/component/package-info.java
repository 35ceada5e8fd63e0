/** Components of a document's thể thức (Điều 8, Nghị định 30/2020/NĐ-CP): issuer, number, place and date, signature, recipients and the optional components. */
@NullMarked
package io.github.vanban.core.component;

import org.jspecify.annotations.NullMarked;
