package io.github.vanban.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report for machines (báo cáo JSON): one JSON object per document on one line, so that several documents
 * make NDJSON and a single one is plain JSON.
 *
 * <pre>{@code
 * {"source":"cv.txt","status":"INVALID","profile":"issued","ruleSet":"nd30-2020","inputFormat":"text",
 *  "findings":[{"ruleId":"ND30-SO-02","severity":"ERROR","pointer":"/header/number/codeNumber",
 *               "part":"Số, ký hiệu","line":3,"message":"…","basis":"Phụ lục I, II.3.c","fix":"05"}],
 *  "diagnostics":[{"severity":"WARNING","code":"text.header-missing","message":"…","line":1,"path":null}]}
 * }</pre>
 *
 * <p>{@code line} and {@code fix} are {@code null} when unknown; every other member is always present.
 */
public final class JsonReportWriter implements ReportWriter {

    private final PrintWriter out;
    private final JsonMapper mapper;

    /**
     * @param out standard output
     * @param mapper the mapper
     */
    public JsonReportWriter(PrintWriter out, JsonMapper mapper) {
        this.out = out;
        this.mapper = mapper;
    }

    @Override
    public void begin(String ruleSet, List<RuleView> rules) {
        // NDJSON has no header
    }

    @Override
    public void document(DocumentOutcome o) {
        out.println(mapper.writeValueAsString(toJson(mapper, o)));
        out.flush();
    }

    @Override
    public void end(Summary summary) {
        out.flush();
    }

    /**
     * @param mapper the mapper that makes the nodes
     * @param o the report on one document
     * @return it as a JSON object
     */
    public static ObjectNode toJson(JsonMapper mapper, DocumentOutcome o) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("source", o.source());
        doc.put("status", o.status().name());
        doc.put("profile", o.profile());
        doc.put("ruleSet", o.ruleSet());
        doc.put("inputFormat", o.inputFormat());
        ArrayNode findings = doc.putArray("findings");
        for (FindingView f : o.findings()) {
            ObjectNode n = findings.addObject();
            n.put("ruleId", f.ruleId());
            n.put("severity", f.severity().name());
            n.put("pointer", f.pointer());
            n.put("part", f.part());
            if (f.line() > 0) {
                n.put("line", f.line());
            } else {
                n.putNull("line");
            }
            n.put("message", f.message());
            n.put("basis", f.basis());
            n.put("fix", f.fix());
        }
        ArrayNode notes = doc.putArray("diagnostics");
        for (ReadNote d : o.notes()) {
            ObjectNode n = notes.addObject();
            n.put("severity", d.severity().name());
            n.put("code", d.code());
            n.put("message", d.message());
            if (d.line() > 0) {
                n.put("line", d.line());
            } else {
                n.putNull("line");
            }
            n.put("path", d.path().isEmpty() ? null : d.path());
        }
        return doc;
    }
}
