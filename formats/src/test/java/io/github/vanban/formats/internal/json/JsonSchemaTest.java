package io.github.vanban.formats.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.ModelGenerators;
import io.github.vanban.formats.ReadResult;
import io.github.vanban.formats.SampleDocuments;
import java.io.StringReader;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The shipped JSON Schema accepts everything the writer writes and rejects bad documents at the right place. */
class JsonSchemaTest {

    private static final JsonMapper TREES = JsonMapper.builder().build();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(DocumentFormats.schema(Format.JSON).orElseThrow());

    static List<String> errors(JsonNode json) {
        return SCHEMA.validate(json).stream().map(JsonSchemaTest::pointer).distinct().toList();
    }

    /** The JSON pointer of the value an error is about (the missing or extra property itself, when named). */
    static String pointer(Error e) {
        StringBuilder s = new StringBuilder();
        NodePath path = e.getInstanceLocation();
        for (int i = 0; i < path.getNameCount(); i++) {
            s.append('/').append(path.getElement(i));
        }
        if (("required".equals(e.getKeyword()) || "additionalProperties".equals(e.getKeyword()))
                && e.getProperty() != null) {
            s.append('/').append(e.getProperty());
        }
        return s.toString();
    }

    @Test
    void samplesValidate() {
        for (AdministrativeDocument doc : List.of(SampleDocuments.dispatch(), SampleDocuments.decision())) {
            assertThat(errors(TREES.readTree(DocumentFormats.writeToString(doc, Format.JSON)))).isEmpty();
        }
    }

    @Test
    void everythingTheWriterWritesValidates() {
        qt().withExamples(120).withShrinkCycles(0).forAll(ModelGenerators.documents()).checkAssert(doc -> {
            String json = DocumentFormats.writeToString(doc, Format.JSON);
            assertThat(errors(TREES.readTree(json))).as(json).isEmpty();
        });
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                bad("no type", d -> d.remove("type"), "/type"),
                bad("unknown type", d -> d.put("type", "CONG_VAN_MAT"), "/type"),
                bad("unknown field", d -> ((ObjectNode) d.get("header")).put("subjekt", "V/v"), "/header/subjekt"),
                bad("letters in the number", d -> ((ObjectNode) d.at("/header/number")).put("codeNumber", "5a"),
                        "/header/number/codeNumber"),
                bad("no such month", d -> ((ObjectNode) d.at("/header/placeAndDate")).put("issuedDate", "2024-13"),
                        "/header/placeAndDate/issuedDate"),
                bad("unknown kind", d -> ((ObjectNode) d.at("/body/content/1")).put("kind", "verse"),
                        "/body/content/1/kind"),
                bad("paragraph without text", d -> ((ObjectNode) d.at("/body/content/0")).remove("text"),
                        "/body/content/0/text"),
                bad("malformed organ id", d -> ((ObjectNode) d.at("/header/issuer")).put("organId", "H4"),
                        "/header/issuer/organId"),
                bad("distribution not a list", d -> ((ObjectNode) d.at("/closing/recipients")).put("toPlaces", "VT"),
                        "/closing/recipients/toPlaces"),
                bad("draft marker not a boolean", d -> ((ObjectNode) d.get("header")).put("draftMarker", "yes"),
                        "/header/draftMarker"),
                bad("unknown urgency", d -> ((ObjectNode) d.get("header")).put("priority", "RAT_KHAN"),
                        "/header/priority"),
                bad("recipient without name", d -> ((ObjectNode) d.at("/closing/recipients/toPlaces/1"))
                        .remove("name"), "/closing/recipients/toPlaces/1/name"),
                bad("assignment without lead", d -> ((ObjectNode) d.at("/body/content/2/assignment")).remove("lead"),
                        "/body/content/2/assignment/lead"),
                bad("due date not a date", d -> ((ObjectNode) d.at("/body/content/2/assignment"))
                        .put("dueDate", "30/4/2024"), "/body/content/2/assignment/dueDate"),
                bad("no closing", d -> d.remove("closing"), "/closing"));
    }

    private static Arguments bad(String name, Consumer<ObjectNode> change, String pointer) {
        return Arguments.of(name, change, pointer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void invalidDocumentsFailAtTheirPointer(String name, Consumer<ObjectNode> change, String pointer) {
        ObjectNode doc = (ObjectNode) TREES.readTree(DocumentFormats.writeToString(SampleDocuments.dispatch(),
                Format.JSON));
        change.accept(doc);
        assertThat(errors(doc)).as(name).containsExactly(pointer);
        ReadResult read = DocumentFormats.read(new StringReader(doc.toString()), Format.JSON);
        assertThat(read.isSuccess()).as(name).isFalse();
        assertThat(read.errors().get(0).location().path()).as(name + ": " + read.errors()).isEqualTo(pointer);
    }
}
