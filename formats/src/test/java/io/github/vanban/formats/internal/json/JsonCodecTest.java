package io.github.vanban.formats.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.GenericDocument;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.formats.Diagnostic;
import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.Location;
import io.github.vanban.formats.ReadOptions;
import io.github.vanban.formats.ReadResult;
import io.github.vanban.formats.SampleDocuments;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonCodecTest {

    private static final JsonMapper TREES = JsonMapper.builder().build();

    private static ReadResult read(String json) {
        return DocumentFormats.read(new StringReader(json), Format.JSON);
    }

    private static ReadResult readLenient(String json) {
        return DocumentFormats.read(new StringReader(json), Format.JSON, ReadOptions.DEFAULTS.withLenient(true));
    }

    @Test
    void samplesRoundTrip() {
        for (AdministrativeDocument doc : List.of(SampleDocuments.dispatch(), SampleDocuments.decision())) {
            String json = DocumentFormats.writeToString(doc, Format.JSON);
            ReadResult back = read(json);
            assertThat(back.diagnostics()).isEmpty();
            assertThat(back.document()).isEqualTo(doc);
        }
    }

    @Test
    void namesComeFromFieldNamesAndTheTypeComesFirst() {
        JsonNode tree = TREES.readTree(DocumentFormats.writeToString(SampleDocuments.dispatch(), Format.JSON));
        assertThat(tree.propertyNames()).containsExactly("type", "header", "body", "closing");
        assertThat(tree.get("type").asString()).isEqualTo("CONG_VAN");
        assertThat(tree.at("/header/number/codeNotation").asString()).isEqualTo("SGDĐT-VP");
        assertThat(tree.at("/header/number").has("codeNumber")).isFalse();
        assertThat(tree.at("/header/placeAndDate/issuedDate").asString()).isEqualTo("2024-03");
        assertThat(tree.at("/header/priority").asString()).isEqualTo("KHAN");
        assertThat(tree.at("/closing/signer/fullName").asString()).isEqualTo("Trần Thị Hạnh");
        assertThat(tree.at("/closing/recipients/toPlaces/1/purpose").asString()).isEqualTo("để b/c");
        assertThat(tree.at("/closing/drafterMark/typerNotation").asString()).isEqualTo("HT");
        assertThat(tree.at("/closing/drafterMark/promulgationAmount").asInt()).isEqualTo(12);
        assertThat(tree.at("/body/content/2/kind").asString()).isEqualTo("item");
        assertThat(tree.at("/body/content/2/assignment/dueDate").asString()).isEqualTo("2024-04-30");
        assertThat(tree.at("/body/content/0").has("assignment")).isFalse();
        assertThat(tree.at("/body/legalBases").isArray()).isTrue();
        assertThat(tree.at("/body/legalBases").size()).isZero();
    }

    @Test
    void decisionCarriesItsEnactingAuthorityAndOrganId() {
        JsonNode tree = TREES.readTree(DocumentFormats.writeToString(SampleDocuments.decision(), Format.JSON));
        assertThat(tree.get("type").asString()).isEqualTo("QUYET_DINH");
        assertThat(tree.get("enactingAuthority").asString()).startsWith("CHỦ TỊCH");
        assertThat(tree.at("/header/issuer/organId").asString()).isEqualTo("000.00.00.H47");
        assertThat(tree.at("/header/placeAndDate/issuedDate").asString()).isEqualTo("2025-02-14");
        assertThat(tree.at("/body/appendixes/0/number").asString()).isEqualTo("I");
        assertThat(tree.at("/body/content/0/children/0/children/1/letter").asString()).isEqualTo("đ");
    }

    @Test
    void genericDocumentWritesItsTypeOnceAsTheDiscriminator() {
        AdministrativeDocument doc = AdministrativeDocument.of(DocumentType.CHI_THI,
                SampleDocuments.dispatch().header(), SampleDocuments.dispatch().body(),
                SampleDocuments.dispatch().closing());
        String json = DocumentFormats.writeToString(doc, Format.JSON);
        assertThat(json.split("\"type\" :", -1)).hasSize(1 + 1 + 2); // the document, two cited references
        assertThat(TREES.readTree(json).get("type").asString()).isEqualTo("CHI_THI");
        assertThat(read(json).document()).isInstanceOf(GenericDocument.class).isEqualTo(doc);
    }

    @Test
    void unknownFieldIsAnErrorNamingItsPointer() {
        ReadResult r = read("{\"type\":\"CONG_VAN\",\n\"header\":{\"subjekt\":\"x\"},\"body\":{},\"closing\":{\"recipients\":{}}}");
        assertThat(r.isSuccess()).isFalse();
        Diagnostic d = r.errors().get(0);
        assertThat(d.code()).isEqualTo("json.unknown-field");
        assertThat(d.message()).contains("\"subjekt\"").contains("/header");
        assertThat(d.location().path()).isEqualTo("/header/subjekt");
        assertThat(d.location().line()).isEqualTo(2);
        assertThat(d.location().column()).isPositive();
    }

    @Test
    void lenientModeReportsEveryUnknownFieldAsAWarning() {
        ReadResult r = readLenient("{\"type\":\"CONG_VAN\",\"header\":{\"subjekt\":\"x\"},\n\"body\":{\"content\":"
                + "[{\"kind\":\"paragraph\",\"text\":\"a\",\"zz\":{\"deep\":[1,2]}}]},\"closing\":{\"recipients\":{}},\"extra\":1}");
        assertThat(r.isSuccess()).isTrue();
        assertThat(r.diagnostics()).extracting(Diagnostic::severity).containsOnly(Diagnostic.Severity.WARNING);
        assertThat(r.diagnostics()).extracting(d -> d.location().path())
                .containsExactly("/header/subjekt", "/body/content/0/zz", "/extra");
        assertThat(r.diagnostics().get(1).location().line()).isEqualTo(2);
    }

    @Test
    void missingRequiredPartsAreErrors() {
        ReadResult r = read("{\"type\":\"THONG_BAO\",\"header\":{}}");
        assertThat(r.errors()).extracting(Diagnostic::code).containsOnly("json.missing-field");
        assertThat(r.errors()).extracting(d -> d.location().path()).containsExactly("/body", "/closing");

        ReadResult name = read("{\"type\":\"CONG_VAN\",\"header\":{\"issuer\":{\"organName\":null}},\"body\":{},"
                + "\"closing\":{\"recipients\":{}}}");
        assertThat(name.errors().get(0).location().path()).isEqualTo("/header/issuer/organName");
        assertThat(name.errors().get(0).message()).contains("\"organName\"");
    }

    @Test
    void absentListsAreEmptyAndAbsentOptionalsAreNull() {
        ReadResult r = read("{\"type\":\"BAO_CAO\",\"header\":{},\"body\":{},\"closing\":{\"recipients\":{}}}");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.document().body().content()).isEmpty();
        assertThat(r.document().closing().recipients().distribution()).isEmpty();
        assertThat(r.document().header().subject()).isNull();
        assertThat(r.document().header().draftMarker()).isFalse();
    }

    @Test
    void badValuesAreLocated() {
        assertError("{\"type\":\"CONG_VAN\",\"header\":{\"placeAndDate\":{\"issuedDate\":\"2023-13\"}}}",
                "json.invalid-value", "/header/placeAndDate/issuedDate");
        assertError("{\"type\":\"CONG_VAN\",\"header\":{\"issuer\":{\"organName\":\"A\",\"organId\":\"H4\"}}}",
                "json.invalid-value", "/header/issuer/organId");
        assertError("{\"type\":\"CONG_VAN\",\"header\":{\"subject\":5}}", "json.invalid-value", "/header/subject");
        assertError("{\"type\":\"CONG_VAN\",\"header\":{\"priority\":\"RAT_KHAN\"}}", "json.invalid-value",
                "/header/priority");
        assertError("{\"type\":\"XX\"}", "json.unknown-type", "/type");
        assertError("{\"header\":{}}", "json.unknown-type", "/type");
        assertError("{\"type\":\"CONG_VAN\",\"body\":{\"content\":[{\"kind\":\"verse\"}]}}", "json.unknown-type",
                "/body/content/0/kind");
        assertError("{\"type\":\"CONG_VAN\",\"header\":{\"number\":{\"codeNumber\":\"5a\",\"codeNotation\":\"X\"}}}",
                "json.invalid-value", "/header/number/codeNumber");
        assertError("{\"type\":\"CONG_VAN\",\"body\":{\"content\":[{\"kind\":\"paragraph\"}]}}",
                "json.missing-field", "/body/content/0/text");
        assertError("[1]", "json.not-a-document", "");
        assertError("null", "json.not-a-document", "");
        assertError("  ", "json.empty", "");
        assertError("{\"type\":\"CONG_VAN\",\"type\":\"CONG_VAN\"}", "json.syntax", null);
        assertError("{\"type\":\"CONG_VAN\"", "json.syntax", null);
        assertError("{\"type\":\"CONG_VAN\",\"header\":{},\"body\":{},\"closing\":{\"recipients\":{}}} {}",
                "json.invalid-value", null);
    }

    private static void assertError(String json, String code, String pointer) {
        ReadResult r = read(json);
        assertThat(r.isSuccess()).as(json).isFalse();
        Diagnostic d = r.errors().get(0);
        assertThat(d.code()).as(json + " -> " + d).isEqualTo(code);
        if (pointer != null) {
            assertThat(d.location().path()).as(json + " -> " + d).isEqualTo(pointer);
        }
        assertThat(d.location()).isNotEqualTo(Location.UNKNOWN);
    }

    @Test
    void sourceLinesPointAtComponents() {
        String json = DocumentFormats.writeToString(SampleDocuments.dispatch(), Format.JSON);
        ReadResult r = read(json);
        List<String> lines = json.lines().toList();
        int line = r.lineOf("/closing/signer/fullName");
        assertThat(lines.get(line - 1)).contains("\"fullName\"").contains("Trần Thị Hạnh");
        assertThat(lines.get(r.lineOf("/header/number") - 1)).contains("\"number\"");
    }
}
