package io.github.vanban.examples;

import io.github.vanban.core.document.OfficialDispatch;
import io.github.vanban.validation.DocumentValidator;
import io.github.vanban.validation.Profile;
import io.github.vanban.validation.ValidationReport;
import java.util.Locale;

/**
 * Validates the sample draft công văn against Nghị định 30/2020/NĐ-CP (rule set {@code nd30-2020}) twice: as a
 * draft (dự thảo), where the blank number and day are allowed, and as an issued document, where they are errors.
 * Prints both reports.
 *
 * <p>Run it from the IDE, or with {@code java -cp examples/target/classes:$(cat examples/target/classpath.txt)
 * io.github.vanban.examples.ValidateDispatch vi} for Vietnamese messages.
 */
public final class ValidateDispatch {

    private ValidateDispatch() {
    }

    /**
     * Validates the sample dispatch under both profiles.
     *
     * @param locale the language of the messages
     * @return the draft report then the issued report, as text
     */
    public static String run(Locale locale) {
        DocumentValidator validator = DocumentValidator.forRuleSet("nd30-2020"); // create once, share: thread-safe
        OfficialDispatch dispatch = SampleDispatch.build();

        ValidationReport draft = validator.validate(dispatch, Profile.DRAFT, locale);
        ValidationReport issued = validator.validate(dispatch, Profile.ISSUED, locale);

        return "As a draft:\n" + draft.toText() + "\nAs an issued document:\n" + issued.toText();
    }

    /**
     * Prints both reports.
     *
     * @param args optionally a language tag, "en" (default) or "vi"
     */
    public static void main(String[] args) {
        System.out.print(run(Locale.forLanguageTag(args.length > 0 ? args[0] : "en")));
    }
}
