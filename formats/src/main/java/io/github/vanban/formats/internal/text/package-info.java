/**
 * The plain-text format (văn bản dạng văn bản thuần): a tolerant reader of real documents (OCR, PDF text layers,
 * web pages converted to markdown) and a writer of the layout of Nghị định 30/2020/NĐ-CP. Not exported.
 */
@NullMarked
package io.github.vanban.formats.internal.text;

import org.jspecify.annotations.NullMarked;
