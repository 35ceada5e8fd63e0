/** The content (nội dung, ô 6) of a document: legal bases, the structure of parts, chapters, sections, articles, clauses and points, paragraphs, numbered items and assignments. */
@NullMarked
package io.github.vanban.core.body;

import org.jspecify.annotations.NullMarked;
