package io.github.vanban.validation.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a rule check reported beyond the message: carried from the constraint validator to the report as the
 * violation's dynamic payload.
 *
 * @param ruleId the rule
 * @param messageKey the full message key
 * @param arguments the message arguments as text
 * @param fix the suggested fix, or {@code null}
 */
public record ViolationDetails(String ruleId, String messageKey, Map<String, String> arguments, @Nullable String fix) {
}
