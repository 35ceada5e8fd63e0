package io.github.vanban.core.body;

import io.github.vanban.core.component.Appendix;
import io.github.vanban.core.component.Attachment;
import io.github.vanban.core.component.DocumentReference;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Nội dung văn bản (ô 6; Phụ lục I, II.6 of Nghị định 30/2020/NĐ-CP): the legal bases (căn cứ), the content as
 * a tree of elements, the documents it cites, what is sent with it (tài liệu kèm theo) and its appendices (phụ
 * lục, Điều 8.3).
 *
 * @param legalBases the căn cứ lines in order, empty when there are none
 * @param content the content elements in order
 * @param references documents cited in the content (full-form citations), in order of first mention
 * @param attachments documents sent with this one
 * @param appendices the appendices
 * @param endMark {@code true} when the content ends with the end mark "./."
 */
public record Body(@NotNull List<@Valid LegalBasis> legalBases, @NotNull List<@Valid BodyElement> content,
                   @NotNull List<@Valid DocumentReference> references, @NotNull List<@Valid Attachment> attachments,
                   @NotNull List<@Valid Appendix> appendices, boolean endMark) {

    /** An empty body. */
    public static final Body EMPTY = new Body(List.of(), List.of(), List.of(), List.of(), List.of(), false);

    /** Copies the lists. */
    public Body {
        legalBases = List.copyOf(legalBases);
        content = List.copyOf(content);
        references = List.copyOf(references);
        attachments = List.copyOf(attachments);
        appendices = List.copyOf(appendices);
    }

    /** @return a builder for a body */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Lists every assignment given anywhere in the content, in document order.
     *
     * @return the assignments
     */
    public List<Assignment> assignments() {
        List<Assignment> out = new ArrayList<>();
        walk(content, e -> {
            Assignment a = e instanceof Paragraph p ? p.assignment()
                    : e instanceof NumberedItem n ? n.assignment()
                    : e instanceof Clause c ? c.assignment()
                    : e instanceof Point pt ? pt.assignment()
                    : null;
            if (a != null) {
                out.add(a);
            }
        });
        return List.copyOf(out);
    }

    /**
     * Visits every element of the content depth-first, in document order.
     *
     * @param action what to do with each element
     */
    public void forEachElement(Consumer<BodyElement> action) {
        walk(content, action);
    }

    private static void walk(List<BodyElement> elements, Consumer<BodyElement> action) {
        for (BodyElement e : elements) {
            action.accept(e);
            walk(e.children(), action);
        }
    }

    /** Builds a {@link Body}. */
    public static final class Builder {
        private final List<LegalBasis> legalBases = new ArrayList<>();
        private final List<BodyElement> content = new ArrayList<>();
        private final List<DocumentReference> references = new ArrayList<>();
        private final List<Attachment> attachments = new ArrayList<>();
        private final List<Appendix> appendices = new ArrayList<>();
        private boolean endMark;

        private Builder() {
        }

        /** @param basis a căn cứ line @return this builder */
        public Builder legalBasis(LegalBasis basis) {
            legalBases.add(basis);
            return this;
        }

        /** @param element a content element @return this builder */
        public Builder add(BodyElement element) {
            content.add(element);
            return this;
        }

        /** @param reference a cited document @return this builder */
        public Builder reference(DocumentReference reference) {
            references.add(reference);
            return this;
        }

        /** @param attachment a document sent with this one @return this builder */
        public Builder attachment(Attachment attachment) {
            attachments.add(attachment);
            return this;
        }

        /** @param appendix an appendix @return this builder */
        public Builder appendix(Appendix appendix) {
            appendices.add(appendix);
            return this;
        }

        /** @param endMark whether the content ends with "./." @return this builder */
        public Builder endMark(boolean endMark) {
            this.endMark = endMark;
            return this;
        }

        /** @return the body */
        public Body build() {
            return new Body(legalBases, content, references, attachments, appendices, endMark);
        }
    }
}
