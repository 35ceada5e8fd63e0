/**
 * The machinery of the {@code vanban} command, not an API: the report view shared by the text, JSON and SARIF
 * writers, the input walker, the parallel batch engine, progress and summary, and the bridge to the rule sets.
 */
@NullMarked
package io.github.vanban.cli.internal;

import org.jspecify.annotations.NullMarked;
