package io.github.vanban.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.core.body.Body;
import io.github.vanban.core.body.BodyElement;
import io.github.vanban.core.component.Urgency;
import io.github.vanban.core.document.GenericDocument;
import io.github.vanban.core.document.Header;
import io.github.vanban.formats.internal.ModelShape.Choice;
import io.github.vanban.formats.internal.ModelShape.ListShape;
import io.github.vanban.formats.internal.ModelShape.Property;
import io.github.vanban.formats.internal.ModelShape.Scalar;
import io.github.vanban.formats.internal.ModelShape.ScalarType;
import io.github.vanban.formats.internal.json.JsonMappers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelShapeTest {

    /** Types the model may grow into. */
    record Extension(Set<Urgency> urgencies, BigDecimal coefficient, List<BodyElement> elements) {
    }

    @Test
    void propertiesFollowComponentsAndFieldNames() {
        assertThat(ModelShape.properties(Header.class)).extracting(Property::name).containsExactly("issuer", "number",
                "placeAndDate", "subject", "confidentiality", "priority", "sphereOfPromulgation", "draftMarker");
        assertThat(ModelShape.properties(Body.class).get(0).required()).isTrue();
        assertThat(ModelShape.properties(Header.class).get(0).required()).isFalse();
        assertThat(ModelShape.properties(GenericDocument.class)).extracting(Property::name)
                .containsExactly("header", "body", "closing");
    }

    @Test
    void setsDecimalsAndSealedInterfacesHaveShapes() {
        List<Property> p = ModelShape.properties(Extension.class);
        assertThat(p.get(0).shape()).isEqualTo(new ListShape(new Scalar(ScalarType.ENUM,
                List.of("KHAN", "THUONG_KHAN", "HOA_TOC"))));
        assertThat(p.get(1).shape()).isEqualTo(new Scalar(ScalarType.DECIMAL, List.of()));
        assertThat(p.get(2).shape()).isEqualTo(new ListShape(new Choice(BodyElement.class)));
        assertThatThrownBy(() -> ModelShape.shapeOf(Thread.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("java.lang.Thread");
    }

    @Test
    void setsAreWrittenInNaturalOrder() {
        String json = JsonMappers.writer().writeValueAsString(new Extension(
                Set.of(Urgency.HOA_TOC, Urgency.KHAN, Urgency.THUONG_KHAN), new BigDecimal("1.50"), List.of()));
        assertThat(json.replaceAll("\\s", "")).isEqualTo(
                "{\"urgencies\":[\"KHAN\",\"THUONG_KHAN\",\"HOA_TOC\"],\"coefficient\":1.50,\"elements\":[]}");
    }
}
