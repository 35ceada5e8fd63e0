/**
 * Vanban validation: the rule sets of Nghị định 30/2020/NĐ-CP and of the emulation-and-commendation law, run
 * on Jakarta Validation (Hibernate Validator), and the reports they produce.
 */
module io.github.vanban.validation {
    requires transitive io.github.vanban.core;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
}
