package io.github.vanban.cli.internal;

import java.io.FilterWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report for code-scanning dashboards (báo cáo SARIF): one SARIF 2.1.0 log with one run, whose tool lists
 * every rule of the rule set with its help text, and one result per finding with its location (artifact URI,
 * start line when known, the JSON pointer as a logical location). A document that could not be read is a
 * result of the rule {@value #READ_RULE}.
 *
 * <p>The log is streamed: results are written as the documents are checked, never held all at once.
 */
public final class SarifReportWriter implements ReportWriter {

    /** The id of the pseudo-rule for documents that could not be read. */
    public static final String READ_RULE = "VANBAN-READ";
    /** The schema URI written in the log. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final JsonMapper mapper;
    private final JsonGenerator gen;
    private final String version;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private boolean failed;

    /**
     * @param out standard output (not closed)
     * @param mapper the mapper
     * @param version the version of vanban, written as the tool's version
     */
    public SarifReportWriter(PrintWriter out, JsonMapper mapper, String version) {
        this.mapper = mapper;
        this.version = version;
        this.gen = mapper.writer().withDefaultPrettyPrinter().createGenerator(unclosable(out));
    }

    @Override
    public void begin(String ruleSet, List<RuleView> rules) {
        gen.writeStartObject();
        gen.writeStringProperty("$schema", SCHEMA);
        gen.writeStringProperty("version", "2.1.0");
        gen.writeArrayPropertyStart("runs");
        gen.writeStartObject();
        gen.writeObjectPropertyStart("tool");
        gen.writeObjectPropertyStart("driver");
        gen.writeStringProperty("name", "vanban");
        gen.writeStringProperty("version", version);
        gen.writeArrayPropertyStart("rules");
        int i = 0;
        for (RuleView r : rules) {
            gen.writeTree(rule(r, ruleSet));
            ruleIndex.put(r.id(), i++);
        }
        gen.writeTree(rule(new RuleView(READ_RULE, Severity.ERROR, "", "",
                "The document could not be read.", "The file is missing, unreadable or not a document in the "
                + "format it was read as; the result message says why."), ruleSet));
        ruleIndex.put(READ_RULE, i);
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeEndObject();
        gen.writeArrayPropertyStart("results");
    }

    @Override
    public void document(DocumentOutcome o) {
        String uri = artifactUri(o.source());
        if (o.status() == Status.FAILED) {
            failed = true;
            String why = o.notes().stream().filter(n -> n.severity() == Severity.ERROR).findFirst()
                    .map(n -> n.code() + ": " + n.message()).orElse("processing failed");
            gen.writeTree(result(READ_RULE, Severity.ERROR, why, uri, 0, null));
        }
        for (FindingView f : o.findings()) {
            String text = f.message() + (f.fix() == null ? "" : " (" + f.fix() + ")");
            ObjectNode r = result(f.ruleId(), f.severity(), text, uri, f.line(), f.pointer());
            ObjectNode props = r.putObject("properties");
            props.put("pointer", f.pointer());
            props.put("part", f.part());
            props.put("basis", f.basis());
            props.put("fix", f.fix());
            props.put("profile", o.profile());
            gen.writeTree(r);
        }
        gen.flush();
    }

    @Override
    public void end(Summary summary) {
        gen.writeEndArray();
        gen.writeArrayPropertyStart("invocations");
        gen.writeStartObject();
        gen.writeBooleanProperty("executionSuccessful", !failed);
        gen.writeNumberProperty("exitCode", summary.exitCode());
        gen.writeEndObject();
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeEndArray();
        gen.writeEndObject();
        gen.flush();
        gen.close();
    }

    private ObjectNode rule(RuleView r, String ruleSet) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", r.id());
        n.putObject("shortDescription").put("text", r.message());
        n.putObject("fullDescription").put("text", r.clause().isEmpty() ? r.message()
                : r.message() + " (" + r.clause() + ")");
        n.putObject("help").put("text", r.help() + (r.clause().isEmpty() ? "" : "\n" + r.clause()));
        n.putObject("defaultConfiguration").put("level", r.severity().sarifLevel());
        ObjectNode props = n.putObject("properties");
        props.put("part", r.part());
        props.put("clause", r.clause());
        props.put("ruleSet", ruleSet);
        return n;
    }

    private ObjectNode result(String ruleId, Severity severity, String text, String uri, int line,
                              String pointer) {
        ObjectNode n = mapper.createObjectNode();
        n.put("ruleId", ruleId);
        Integer index = ruleIndex.get(ruleId);
        if (index != null) {
            n.put("ruleIndex", index);
        }
        n.put("level", severity.sarifLevel());
        n.putObject("message").put("text", text);
        ObjectNode loc = n.putArray("locations").addObject();
        ObjectNode physical = loc.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri);
        if (line > 0) {
            physical.putObject("region").put("startLine", line);
        }
        if (pointer != null && !pointer.isEmpty()) {
            loc.putArray("logicalLocations").addObject().put("fullyQualifiedName", pointer).put("kind", "member");
        }
        return n;
    }

    /**
     * @param source the source as named in the report
     * @return its URI: a relative reference with forward slashes for a relative path, a file URI for an
     *     absolute one, {@code stdin} for standard input
     */
    static String artifactUri(String source) {
        if (source.equals(InputSource.STDIN)) {
            return "stdin";
        }
        Path p = Path.of(source);
        if (p.isAbsolute()) {
            return p.toUri().toASCIIString();
        }
        try {
            return new URI(null, null, source.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return p.toAbsolutePath().toUri().toASCIIString();
        }
    }

    private static Writer unclosable(Writer w) {
        return new FilterWriter(w) {
            @Override
            public void close() {
                flush0();
            }

            private void flush0() {
                try {
                    out.flush();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
    }
}
