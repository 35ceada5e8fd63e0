/**
 * Readers and writers of Vanban documents: one small entry point, {@link io.github.vanban.formats.DocumentFormats},
 * for every {@link io.github.vanban.formats.Format}.
 */
@NullMarked
package io.github.vanban.formats;

import org.jspecify.annotations.NullMarked;
