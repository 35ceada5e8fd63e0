package io.github.vanban.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReportWriterTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void oneLinePerDocumentWithEveryField() {
        StringWriter s = new StringWriter();
        JsonReportWriter w = new JsonReportWriter(new PrintWriter(s), MAPPER);
        w.begin("nd30-2020", List.of());
        w.document(Outcomes.invalid());
        w.document(Outcomes.failed());
        w.end(new Summary());
        List<String> lines = s.toString().lines().toList();
        assertThat(lines).hasSize(2);

        JsonNode first = MAPPER.readTree(lines.get(0));
        assertThat(first.propertyNames()).containsExactly("source", "status", "profile", "ruleSet",
                "inputFormat", "findings", "diagnostics");
        assertThat(first.get("source").asString()).isEqualTo("thư mục/công văn 5.txt");
        assertThat(first.get("status").asString()).isEqualTo("INVALID");
        JsonNode f = first.get("findings").get(0);
        assertThat(f.propertyNames()).containsExactly("ruleId", "severity", "pointer", "part", "line", "message",
                "basis", "fix");
        assertThat(f.get("line").asInt()).isEqualTo(4);
        assertThat(f.get("fix").asString()).isEqualTo("05");
        JsonNode second = first.get("findings").get(1);
        assertThat(second.get("line").isNull()).isTrue();
        assertThat(second.get("fix").isNull()).isTrue();
        assertThat(first.get("diagnostics").get(1).get("code").asString()).isEqualTo("text.joined");

        JsonNode failed = MAPPER.readTree(lines.get(1));
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("diagnostics").get(0).get("path").asString()).isEqualTo("/vb:document");
    }
}
