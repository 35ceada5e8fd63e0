/** Administrative documents (văn bản hành chính) of Điều 7, Nghị định 30/2020/NĐ-CP, and their header and closing parts. */
@NullMarked
package io.github.vanban.core.document;

import org.jspecify.annotations.NullMarked;
