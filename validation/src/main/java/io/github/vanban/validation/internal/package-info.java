/** The engine behind Vanban validation: constraint mapping, message bundles, JSON pointers. Not an API. */
@NullMarked
package io.github.vanban.validation.internal;

import org.jspecify.annotations.NullMarked;
