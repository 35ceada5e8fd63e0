/**
 * The {@code vanban} command (công cụ dòng lệnh): {@code check}, {@code convert}, {@code rules} and
 * {@code schema} for Vietnamese administrative documents under Nghị định 30/2020/NĐ-CP. An application, not an
 * API: run it with {@code ./vanban} or {@code java -jar cli/target/vanban-cli.jar}.
 */
@NullMarked
package io.github.vanban.cli;

import org.jspecify.annotations.NullMarked;
