package io.github.vanban.core.body;

import java.util.List;

/**
 * One element of the content (nội dung, ô 6) of a document: a paragraph, a numbered item, or a unit of the
 * structure of Phụ lục I, II.6.đ of Nghị định 30/2020/NĐ-CP (phần, chương, mục, tiểu mục, điều, khoản, điểm).
 */
public sealed interface BodyElement permits Paragraph, NumberedItem, Part, Chapter, Section, Subsection, Article,
        Clause, Point {

    /** @return the elements nested in this one, in order; empty for a leaf */
    List<BodyElement> children();
}
