package io.github.vanban.cli;

import io.github.vanban.cli.internal.BatchEngine;
import io.github.vanban.cli.internal.DocumentChecker;
import io.github.vanban.cli.internal.DocumentOutcome;
import io.github.vanban.cli.internal.InputSource;
import io.github.vanban.cli.internal.InputWalker;
import io.github.vanban.cli.internal.JsonReportWriter;
import io.github.vanban.cli.internal.Profile;
import io.github.vanban.cli.internal.Progress;
import io.github.vanban.cli.internal.ReadNote;
import io.github.vanban.cli.internal.ReportWriter;
import io.github.vanban.cli.internal.RuleEngine;
import io.github.vanban.cli.internal.SarifReportWriter;
import io.github.vanban.cli.internal.Severity;
import io.github.vanban.cli.internal.Status;
import io.github.vanban.cli.internal.Summary;
import io.github.vanban.cli.internal.TextReportWriter;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code vanban check} — checks documents against a rule set (kiểm tra thể thức văn bản theo Nghị định
 * 30/2020/NĐ-CP) and reports the findings as text, JSON or SARIF.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VanbanCommand.Version.class,
        description = {
            "Checks documents against a rule set (default nd30-2020, Nghị định 30/2020/NĐ-CP) and reports the "
                    + "findings on standard output.",
            "PATH is a file, a directory (every .txt, .text, .json, .xml, .edxml file below it) or - for "
                    + "standard input. Directories are checked in parallel on all cores; a summary line ends "
                    + "every run of several documents on standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding is an ERROR",
            "1:at least one finding is an ERROR",
            "2:bad usage, or a document could not be read or checked (FAILED)"})
public final class CheckCommand implements Callable<Integer> {

    /** The report formats. */
    enum ReportFormat { TEXT, JSON, SARIF }

    @ParentCommand
    private VanbanCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--profile", defaultValue = "issued", paramLabel = "draft|issued",
            description = "What is checked: a draft (dự thảo: number and day may be blank) or an issued "
                    + "document (default: ${DEFAULT-VALUE}).")
    private Profile profile;

    @Mixin
    private RuleSetOptions ruleSetOptions;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|sarif",
            description = "The report: text for people (default), json (one object per document, NDJSON), "
                    + "sarif (SARIF 2.1.0).")
    private ReportFormat format;

    @Option(names = "--input", defaultValue = "auto", paramLabel = "auto|text|json|xml",
            description = "The input format; auto (default) detects it from the content.")
    private InputFormat input;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
    private List<String> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (paths.stream().filter(InputSource.STDIN::equals).count() > 1) {
            throw new ParameterException(spec.commandLine(), "standard input (-) can be read only once");
        }
        RuleEngine engine = root.ruleSet(spec.commandLine(), ruleSetOptions.ruleSet);
        Locale locale = ruleSetOptions.locale();
        long start = System.nanoTime();
        boolean several = paths.size() > 1 || InputWalker.namesDirectory(paths);
        ReportWriter writer = writer(out, locale);
        Progress progress = several && root.terminal().progress()
                ? new Progress(err, InputWalker.count(paths)) : null;
        Summary summary = new Summary();
        DocumentChecker checker = new DocumentChecker(engine, profile, locale, input.format(),
                root.terminal().in());
        BatchEngine<InputSource, DocumentOutcome> batch = several ? BatchEngine.onAllCores()
                : new BatchEngine<>(1, 1);
        writer.begin(engine.ruleSetId(), format == ReportFormat.SARIF ? engine.rules(locale) : List.of());
        batch.run(new InputWalker(paths), checker::check, outcome -> {
            summary.add(outcome);
            if (progress != null) {
                progress.finish();
            }
            writer.document(outcome);
            if (outcome.status() == Status.FAILED) {
                err.println("vanban: FAILED " + outcome.source() + ": " + reason(outcome));
            }
            if (progress != null) {
                progress.advance();
            }
        });
        if (progress != null) {
            progress.finish();
        }
        writer.end(summary);
        out.flush();
        if (several || summary.documents() != 1) {
            err.println("vanban: " + summary.line(Duration.ofNanos(System.nanoTime() - start)));
        }
        err.flush();
        return summary.exitCode();
    }

    private ReportWriter writer(PrintWriter out, Locale locale) {
        return switch (format) {
            case TEXT -> new TextReportWriter(out, locale, root.terminal().colour());
            case JSON -> new JsonReportWriter(out, JsonMapper.builder().build());
            case SARIF -> new SarifReportWriter(out, JsonMapper.builder().build(), VanbanCommand.version());
        };
    }

    private static String reason(DocumentOutcome o) {
        return o.notes().stream().filter(n -> n.severity() == Severity.ERROR).findFirst()
                .map(ReadNote::message).orElse("processing failed");
    }
}
