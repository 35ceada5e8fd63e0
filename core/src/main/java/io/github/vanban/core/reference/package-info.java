/** Reference data shipped with Vanban, loaded once and immutable: administrative units by date. */
@NullMarked
package io.github.vanban.core.reference;

import org.jspecify.annotations.NullMarked;
