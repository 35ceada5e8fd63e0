/**
 * Vanban validation: the rule sets of Nghị định 30/2020/NĐ-CP and of the emulation-and-commendation law, run
 * on Jakarta Validation (Hibernate Validator), and the reports they produce.
 */
module io.github.vanban.validation {
    requires transitive io.github.vanban.core;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    // Hibernate Validator's message interpolator needs Jakarta EL on the module path; Expressly is bound as its service
    requires jakarta.el;

    exports io.github.vanban.validation;
    exports io.github.vanban.validation.spi;
    exports io.github.vanban.validation.tdkt;

    // Hibernate Validator instantiates and reads the constraint machinery reflectively.
    opens io.github.vanban.validation to org.hibernate.validator;
    opens io.github.vanban.validation.internal to org.hibernate.validator;

    uses io.github.vanban.validation.spi.RuleSetProvider;
    provides io.github.vanban.validation.spi.RuleSetProvider
            with io.github.vanban.validation.internal.nd30.Nd30RuleSetProvider,
                io.github.vanban.validation.internal.tdkt.TdktRuleSetProvider;
}
