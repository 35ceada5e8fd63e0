/** Vanban core: exceptions shared by the whole model. */
@NullMarked
package io.github.vanban.core;

import org.jspecify.annotations.NullMarked;
