package io.github.vanban.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every read limit of {@link ReadOptions} is enforced by the JSON and the XML reader, just at the limit. */
class ReadLimitsTest {

    private static String sample(Format format) {
        return DocumentFormats.writeToString(SampleDocuments.decision(), format);
    }

    private static ReadResult read(String text, Format format, ReadOptions options) {
        return DocumentFormats.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, options);
    }

    private static String code(Format format, String limit) {
        return format.name().toLowerCase(java.util.Locale.ROOT) + ".limit." + limit;
    }

    @Test
    void defaultsAreSafe() {
        assertThat(ReadOptions.DEFAULTS.maxInputBytes()).isEqualTo(16L * 1024 * 1024);
        assertThat(ReadOptions.DEFAULTS.maxDepth()).isEqualTo(64);
        assertThat(ReadOptions.DEFAULTS.maxStringLength()).isEqualTo(1024 * 1024);
        assertThat(ReadOptions.DEFAULTS.lenient()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"JSON", "XML"})
    void inputSize(Format format) {
        String text = sample(format);
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        assertThat(read(text, format, ReadOptions.DEFAULTS.withMaxInputBytes(bytes)).isSuccess()).isTrue();
        ReadResult over = read(text, format, ReadOptions.DEFAULTS.withMaxInputBytes(bytes - 1));
        assertThat(over.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(code(format, "size"));
            assertThat(d.message()).contains(String.valueOf(bytes - 1));
        });
        ReadResult chars = DocumentFormats.read(new StringReader(text), format,
                ReadOptions.DEFAULTS.withMaxInputBytes(bytes - 1));
        assertThat(chars.errors().get(0).code()).isEqualTo(code(format, "size"));
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"JSON", "XML"})
    void nestingDepth(Format format) {
        String text = sample(format);
        // the deepest value of the decision is /body/content/0/children/0/children/1/letter: Jackson counts it at
        // depth 9; in XML it is the ninth element (root, body, content, article, children, clause, children,
        // point, letter)
        int depth = 9;
        assertThat(read(text, format, ReadOptions.DEFAULTS.withMaxDepth(depth)).diagnostics()).isEmpty();
        ReadResult over = read(text, format, ReadOptions.DEFAULTS.withMaxDepth(depth - 1));
        assertThat(over.isSuccess()).isFalse();
        assertThat(over.errors().get(0).code()).isEqualTo(code(format, "depth"));
        assertThat(over.errors().get(0).location().line()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"JSON", "XML"})
    void stringLength(Format format) {
        String text = sample(format);
        int longest = longestString(JsonMapper.builder().build().readTree(sample(Format.JSON)));
        assertThat(longest).isGreaterThan(100);
        assertThat(read(text, format, ReadOptions.DEFAULTS.withMaxStringLength(longest)).diagnostics()).isEmpty();
        ReadResult over = read(text, format, ReadOptions.DEFAULTS.withMaxStringLength(longest - 1));
        assertThat(over.isSuccess()).isFalse();
        assertThat(over.errors().get(0).code()).isEqualTo(code(format, "string"));
        assertThat(over.errors().get(0).location().line()).isPositive();
    }

    private static int longestString(JsonNode node) {
        int max = node.isString() ? node.stringValue().length() : 0;
        if (node.isObject()) {
            for (java.util.Map.Entry<String, JsonNode> e : node.properties()) {
                max = Math.max(max, longestString(e.getValue()));
            }
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            max = Math.max(max, longestString(node.get(i)));
        }
        return max;
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"JSON", "XML"})
    void hugeInputsStopAtTheLimitWithoutBeingBuffered(Format format) {
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };
        ReadResult r = DocumentFormats.read(endless, format, ReadOptions.DEFAULTS.withMaxInputBytes(1_000_000));
        assertThat(r.errors().get(0).code()).isEqualTo(code(format, "size"));
    }
}
