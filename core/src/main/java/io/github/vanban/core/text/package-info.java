/** Vietnamese text utilities: NFC normalisation, tone-mark placement, legacy encodings, look-alike letters, case. */
@NullMarked
package io.github.vanban.core.text;

import org.jspecify.annotations.NullMarked;
