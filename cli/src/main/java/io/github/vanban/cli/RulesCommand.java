package io.github.vanban.cli;

import io.github.vanban.cli.internal.ExitCodes;
import io.github.vanban.cli.internal.RuleEngine;
import io.github.vanban.cli.internal.RuleView;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code vanban rules} — lists the catalogue of a rule set (danh mục quy tắc): id, severity, document part,
 * clause and message of every rule.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VanbanCommand.Version.class,
        description = "Lists the rules of a rule set: id, severity, document part, clause and message.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "2:bad usage (e.g. an unknown rule set)"})
public final class RulesCommand implements Callable<Integer> {

    /** The catalogue formats. */
    enum ListFormat { TEXT, JSON }

    @ParentCommand
    private VanbanCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleSetOptions ruleSetOptions;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "text (default) or json (one object with the rule set id and its rules).")
    private ListFormat format;

    @Override
    public Integer call() {
        RuleEngine engine = root.ruleSet(spec.commandLine(), ruleSetOptions.ruleSet);
        List<RuleView> rules = engine.rules(ruleSetOptions.locale());
        PrintWriter out = spec.commandLine().getOut();
        if (format == ListFormat.JSON) {
            JsonMapper mapper = JsonMapper.builder().build();
            ObjectNode doc = mapper.createObjectNode();
            doc.put("ruleSet", engine.ruleSetId());
            ArrayNode list = doc.putArray("rules");
            for (RuleView r : rules) {
                ObjectNode n = list.addObject();
                n.put("id", r.id());
                n.put("severity", r.severity().name());
                n.put("part", r.part());
                n.put("clause", r.clause());
                n.put("message", r.message());
            }
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        } else {
            int idWidth = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
            for (RuleView r : rules) {
                out.println(pad(r.id(), idWidth) + "  " + pad(r.severity().name(), 7) + "  " + r.part()
                        + " — " + r.message() + (r.clause().isEmpty() ? "" : " [" + r.clause() + "]"));
            }
            spec.commandLine().getErr().println("vanban: " + rules.size() + " rules in " + engine.ruleSetId());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
