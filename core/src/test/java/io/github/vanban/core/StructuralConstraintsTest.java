package io.github.vanban.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.body.Assignment;
import io.github.vanban.core.body.Body;
import io.github.vanban.core.body.NumberedItem;
import io.github.vanban.core.component.ArchiveLine;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.DrafterMark;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.component.Recipients;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.Header;
import io.github.vanban.core.document.OfficialDispatch;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structural invariants of the model are standard Jakarta constraints on record components; here a plain
 * Hibernate Validator (no Vanban rule code) checks them, including cascading through {@code @Valid}.
 */
class StructuralConstraintsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @Test
    void a_valid_document_has_no_violation() {
        assertThat(validator.validate(dispatch(Organization.named("Sở Nội vụ"), Recipient.of("Như trên"),
                NumberedItem.of("1", "Thực hiện.")))).isEmpty();
    }

    @Test
    void a_number_that_is_not_digits_violates_pattern() {
        assertThat(validator.validateValue(DocumentNumber.class, "number", "5a")).extracting(v -> annotation(v))
                .containsExactly("Pattern");
        assertThat(validator.validateValue(DocumentNumber.class, "number", "05")).isEmpty();
        assertThat(validator.validateValue(DocumentNumber.class, "number", null)).isEmpty();
        assertThat(validator.validateValue(DocumentNumber.class, "notation", " ")).extracting(v -> annotation(v))
                .containsExactly("NotBlank");
    }

    @Test
    void a_blank_organization_name_violates_not_blank() {
        Set<ConstraintViolation<Organization>> v = validator.validate(new Organization("  ", null, null, null));
        assertThat(paths(v)).containsExactly("name");
        assertThat(v).extracting(StructuralConstraintsTest::annotation)
                .containsExactly("NotBlank");
    }

    @Test
    void violations_cascade_through_valid_with_their_paths() {
        OfficialDispatch bad = dispatch(new Organization(" ", null, null, null), new Recipient(" ", null, ";"),
                new NumberedItem(" ", "Thực hiện.", new Assignment("Văn phòng", List.of(" "), "việc", null, null, null),
                        List.of()));
        assertThat(paths(validator.validate(bad))).containsExactlyInAnyOrder(
                "header.issuer.name",
                "closing.recipients.distribution[0].name",
                "body.content[0].label",
                "body.content[0].assignment.coordinators[0].<list element>");
    }

    @Test
    void counts_and_date_parts_have_ranges() {
        assertThat(paths(validator.validate(new ArchiveLine(List.of(), 0, ".")))).containsExactlyInAnyOrder("units", "copies");
        assertThat(paths(validator.validate(new DrafterMark("PL", 0)))).containsExactly("copies");
        assertThat(paths(validator.validateValue(PartialDate.class, "month", 13))).containsExactly("month");
        assertThat(paths(validator.validateValue(PartialDate.class, "day", 0))).containsExactly("day");
        assertThat(validator.validate(PlaceAndDate.of("Hà Nội", PartialDate.ofMonth(2023, 2)))).isEmpty();
    }

    private static OfficialDispatch dispatch(Organization issuer, Recipient recipient, NumberedItem item) {
        Header header = Header.builder().issuer(issuer).number(DocumentNumber.blank("SNV", "VP"))
                .placeAndDate(PlaceAndDate.of("Hà Nội", PartialDate.ofMonth(2023, 2))).subject("V/v thử").build();
        Body body = Body.builder().add(item).build();
        Closing closing = Closing.builder().recipients(new Recipients(List.of(), List.of(recipient),
                ArchiveLine.of("VT"))).build();
        return new OfficialDispatch(header, body, closing);
    }

    private static List<String> paths(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getPropertyPath().toString()).sorted().collect(Collectors.toList());
    }

    private static String annotation(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }
}
