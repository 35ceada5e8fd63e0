package io.github.vanban.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.github.vanban.core.component.ArchiveLine;
import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.DocumentReference;
import io.github.vanban.core.component.DrafterMark;
import io.github.vanban.core.component.OrganId;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.component.Recipient;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad input to every {@code parse} method of the model gives a {@link ParseException} that names the component
 * and an offset inside the input, or a value; never a {@link NullPointerException} or another runtime exception.
 */
class ParseRobustnessTest {

    /** A parse method under test. */
    @FunctionalInterface
    interface Parser {
        Object parse(String text) throws ParseException;
    }

    record Named(String name, String component, Parser parser) {
    }

    static Stream<Named> parsers() {
        return Stream.of(
                new Named("DocumentNumber.parse", "số, ký hiệu", DocumentNumber::parse),
                new Named("PlaceAndDate.parse", "địa danh và thời gian", PlaceAndDate::parse),
                new Named("PartialDate.parseIso", "ngày tháng", PartialDate::parseIso),
                new Named("ArchiveLine.parse", "lưu", ArchiveLine::parse),
                new Named("DrafterMark.parse", "ký hiệu người soạn thảo", DrafterMark::parse),
                new Named("OrganId.parse", "mã định danh", OrganId::parse),
                new Named("DocumentReference.parse", "văn bản được trích dẫn", DocumentReference::parse),
                new Named("AuthorityLine.parse", "quyền hạn, chức vụ người ký", AuthorityLine::parse),
                new Named("Recipient.parse", "nơi nhận", Recipient::parse));
    }

    @TestFactory
    Stream<DynamicTest> random_junk_gives_a_value_or_a_located_parse_exception() {
        return parsers().map(p -> DynamicTest.dynamicTest(p.name(), () -> qt().withExamples(2000)
                .forAll(VietnameseGen.junk())
                .checkAssert(text -> parsesOrExplains(p, text))));
    }

    @TestFactory
    Stream<DynamicTest> null_empty_and_blank_text_give_a_parse_exception_at_offset_0() {
        return parsers().flatMap(p -> Stream.of(null, "", "   ", "\t\n", "\u00A0").map(text -> DynamicTest.dynamicTest(
                p.name() + "(" + (text == null ? "null" : "\"" + text.replace("\n", "\\n") + "\"") + ")", () -> {
                    try {
                        p.parser().parse(text);
                        fail("expected a ParseException");
                    } catch (ParseException e) {
                        assertThat(e.component()).isEqualTo(p.component());
                        assertThat(e.offset()).isZero();
                        assertThat(e.input()).isEqualTo(text == null ? "" : text);
                        assertThat(e.getMessage()).startsWith(p.component() + ": ")
                                .contains(text == null ? "no text (null)" : "empty text");
                    }
                })));
    }

    private static void parsesOrExplains(Named p, String text) {
        try {
            assertThat(p.parser().parse(text)).as("%s(\"%s\")", p.name(), text).isNotNull();
        } catch (ParseException e) {
            assertThat(e.component()).as("component of %s", e.getMessage()).isEqualTo(p.component());
            assertThat(e.offset()).as("offset of %s", e.getMessage()).isBetween(0, e.input().length());
            assertThat(e.getMessage()).contains(" at offset " + e.offset());
        } catch (RuntimeException e) {
            throw new AssertionError(p.name() + " threw " + e + " for \"" + text + "\"", e);
        }
    }
}
