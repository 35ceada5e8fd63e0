/**
 * The service-provider interface of Vanban validation: {@link io.github.vanban.validation.spi.RuleSetProvider}
 * contributes rule sets, each rule's {@link io.github.vanban.validation.spi.RuleCheck} reports violations through
 * a {@link io.github.vanban.validation.spi.RuleContext}.
 */
@NullMarked
package io.github.vanban.validation.spi;

import org.jspecify.annotations.NullMarked;
