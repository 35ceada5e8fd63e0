package io.github.vanban.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.OfficialDispatch;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Uses the rules the way a Spring or Jakarta EE application does: a plain {@link Validator} and {@code @Valid}. */
class JakartaValidatorTest {

    /** An application's own request object that carries a document. */
    record Submission(@NotNull String sender, @Valid @NotNull AdministrativeDocument document) {
    }

    private static OfficialDispatch dispatchNumbered5() {
        OfficialDispatch base = Fixtures.dispatch();
        return new OfficialDispatch(base.header().toBuilder().number(new DocumentNumber("5", "SKHCN-VP")).build(),
                base.body(), base.closing());
    }

    @Test
    void aPlainValidatorCarriesEveryRule() {
        ValidatorFactory factory = DocumentValidator.forRuleSet("nd30-2020").jakartaValidatorFactory();
        Validator validator = factory.getValidator();

        Set<ConstraintViolation<OfficialDispatch>> violations = validator.validate(dispatchNumbered5());

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("header.number.codeNumber");
            assertThat(v.getMessage()).isEqualTo("Số \"5\" phải ghi là \"05\"");
            Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
            assertThat(attributes).containsEntry("rule", "ND30-SO-02").containsEntry("severity", Severity.ERROR)
                    .containsEntry("ruleSet", "nd30-2020");
            assertThat(v.getConstraintDescriptor().getAnnotation()).isInstanceOf(RuleConstraint.class);
            assertThat(v.getInvalidValue()).isInstanceOf(OfficialDispatch.class);
        });
    }

    @Test
    void validCascadesFromTheApplicationsOwnObjects() {
        Validator validator = DocumentValidator.forRuleSet("nd30-2020").jakartaValidator(Profile.ISSUED);

        Set<ConstraintViolation<Submission>> violations = validator.validate(new Submission(null, dispatchNumbered5()));

        assertThat(violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("sender", "document.header.number.codeNumber");
    }

    @Test
    void theProfileIsChosenWithTheValidator() {
        OfficialDispatch base = Fixtures.dispatch();
        OfficialDispatch draft = new OfficialDispatch(base.header().toBuilder().number(DocumentNumber.blank("SKHCN", "VP"))
                .build(), base.body(), base.closing());
        DocumentValidator documents = DocumentValidator.forRuleSet("nd30-2020");

        assertThat(documents.jakartaValidator(Profile.DRAFT).validate(draft)).isEmpty();
        assertThat(documents.jakartaValidator(Profile.ISSUED).validate(draft)).singleElement()
                .satisfies(v -> assertThat(v.getConstraintDescriptor().getAttributes()).containsEntry("rule", "ND30-SO-01"));
        assertThat(documents.jakartaValidatorFactory().getValidator().validate(draft)).hasSize(1);
    }

    @Test
    void modelPathsUseTheJsonFieldNames() {
        OfficialDispatch base = Fixtures.dispatch();
        OfficialDispatch doc = new OfficialDispatch(base.header(), base.body(),
                new io.github.vanban.core.document.Closing(base.closing().signature(), base.closing().recipients(),
                        new io.github.vanban.core.component.DrafterMark("XT", 0), null));

        Set<ConstraintViolation<OfficialDispatch>> violations = DocumentValidator.forRuleSet("nd30-2020")
                .jakartaValidator(Profile.DRAFT).validate(doc);

        assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                .contains("closing.drafterMark.promulgationAmount");
    }
}
