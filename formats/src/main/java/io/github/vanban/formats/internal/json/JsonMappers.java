package io.github.vanban.formats.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.vanban.formats.ReadOptions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configured Jackson mappers of the JSON format (bộ ánh xạ JSON): one per set of read limits, built once.
 * Settings: names and discriminators of {@link VanbanJsonModule}; properties in record order; {@code null}
 * never written (absent means {@code null}); lists always written, an absent list read as empty; unknown
 * fields, duplicate keys, trailing tokens and scalar coercions are errors; an absent boolean is {@code false}.
 */
public final class JsonMappers {

    private static final JsonMapper WRITER = build(ReadOptions.DEFAULTS);
    private static final Map<ReadOptions, JsonMapper> READERS = new ConcurrentHashMap<>();

    private JsonMappers() {
    }

    /** @return the mapper for writing (and for converting between the model and JSON trees) */
    public static JsonMapper writer() {
        return WRITER;
    }

    /**
     * @param options the read limits
     * @return a mapper whose parsers enforce those limits
     */
    public static JsonMapper reader(ReadOptions options) {
        ReadOptions key = options.withLenient(false);
        if (READERS.size() > 32) {
            READERS.clear();
        }
        return READERS.computeIfAbsent(key, JsonMappers::build);
    }

    private static JsonMapper build(ReadOptions options) {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(options.maxDepth())
                .maxStringLength(options.maxStringLength())
                .maxNameLength(Math.min(options.maxStringLength(), 50_000))
                .maxDocumentLength(options.maxInputBytes())
                .maxNumberLength(1000)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new VanbanJsonModule())
                .propertyNamingStrategy(new FieldNamesStrategy())
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .enable(MapperFeature.INFER_RECORD_GETTERS_FROM_COMPONENTS_ONLY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.WRITE_DATES_WITH_CONTEXT_TIME_ZONE)
                .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.ALWAYS))
                .withConfigOverride(List.class,
                        o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfigDefaults(c -> c
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setAcceptBlankAsEmpty(false))
                .build();
    }
}
