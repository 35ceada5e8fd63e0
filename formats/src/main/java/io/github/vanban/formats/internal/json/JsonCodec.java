package io.github.vanban.formats.internal.json;

import io.github.vanban.core.FieldNames;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.formats.Diagnostic;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.Location;
import io.github.vanban.formats.ReadOptions;
import io.github.vanban.formats.ReadResult;
import io.github.vanban.formats.internal.BoundedInput;
import io.github.vanban.formats.internal.FormatCodec;
import io.github.vanban.formats.internal.ModelShape;
import io.github.vanban.formats.internal.RequiredFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

/**
 * The JSON reader and writer (đọc, ghi JSON). Layout: {@code {"type":"CONG_VAN","header":{…},"body":{…},
 * "closing":{…}}}; names from {@link io.github.vanban.core.FieldNames}; see {@link JsonMappers} for the rules
 * on {@code null}, lists and unknown fields. A read never throws: every failure is an error diagnostic with line,
 * column and JSON pointer.
 */
public final class JsonCodec implements FormatCodec {

    /** The resource that holds the JSON Schema of a document. */
    public static final String SCHEMA_RESOURCE = "/io/github/vanban/formats/vanban-document.schema.json";

    @Override
    public ReadResult read(InputStream in, ReadOptions options) {
        return readBounded(() -> BoundedInput.readAll(in, options.maxInputBytes()), options);
    }

    @Override
    public ReadResult read(Reader in, ReadOptions options) {
        return readBounded(() -> BoundedInput.readAll(in, options.maxInputBytes()), options);
    }

    private ReadResult readBounded(BoundedInput.Source source, ReadOptions options) {
        try {
            return read(source.bytes(), options);
        } catch (BoundedInput.TooLargeException e) {
            return fail("json.limit.size", e.getMessage(), Location.UNKNOWN);
        } catch (IOException e) {
            return fail("io.unreadable", "cannot read the input: " + e.getMessage(), Location.UNKNOWN);
        }
    }

    /**
     * Reads a JSON document held in memory.
     *
     * @param bytes UTF-8 JSON
     * @param options limits and strictness
     * @return the result
     */
    public ReadResult read(byte[] bytes, ReadOptions options) {
        JsonMapper mapper = JsonMappers.reader(options);
        List<Diagnostic> warnings = new ArrayList<>();
        ObjectReader reader = mapper.readerFor(AdministrativeDocument.class);
        if (options.lenient()) {
            reader = reader.withHandler(new UnknownFieldCollector(warnings));
        }
        try {
            Diagnostic notObject = rootCheck(mapper, bytes);
            if (notObject != null) {
                return ReadResult.failure(Format.JSON, notObject);
            }
            AdministrativeDocument document = reader.readValue(bytes);
            List<String> missing = RequiredFields.missing(document);
            if (!missing.isEmpty()) {
                Map<String, Integer> lines = sourceLines(mapper, bytes);
                List<Diagnostic> errors = new ArrayList<>(warnings);
                for (String pointer : missing) {
                    errors.add(new Diagnostic(Diagnostic.Severity.ERROR, "json.missing-field",
                            "missing required field \"" + pointer.substring(pointer.lastIndexOf('/') + 1) + "\"", new Location(lineOf(lines, pointer), 0, pointer)));
                }
                return new ReadResult(null, Format.JSON, errors, Map.of(), Map.of());
            }
            Map<String, Integer> lines = sourceLines(mapper, bytes);
            return new ReadResult(document, Format.JSON, locate(warnings, lines), Map.of(), lines);
        } catch (StreamConstraintsException e) {
            return new ReadResult(null, Format.JSON, withError(warnings, limitDiagnostic(e, mapper, bytes)),
                    Map.of(), Map.of());
        } catch (JacksonException e) {
            return new ReadResult(null, Format.JSON, withError(warnings, diagnostic(e, treeOf(mapper, bytes))),
                    Map.of(), Map.of());
        } catch (RuntimeException | StackOverflowError e) {
            return new ReadResult(null, Format.JSON, withError(warnings, new Diagnostic(Diagnostic.Severity.ERROR,
                    "json.invalid", "cannot read the document: " + e, Location.UNKNOWN)), Map.of(), Map.of());
        }
    }

    /** @return an error when the input is empty or its root is not an object, else {@code null} */
    private static Diagnostic rootCheck(JsonMapper mapper, byte[] bytes) {
        try (JsonParser p = mapper.createParser(bytes)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new Diagnostic(Diagnostic.Severity.ERROR, "json.empty", "the input is empty",
                        new Location(1, 1, ""));
            }
            if (t != JsonToken.START_OBJECT) {
                TokenStreamLocation at = p.currentTokenLocation();
                return new Diagnostic(Diagnostic.Severity.ERROR, "json.not-a-document",
                        "expected a JSON object with a \"type\", found " + t.asString(),
                        new Location(Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), ""));
            }
            return null;
        } catch (JacksonException e) {
            return diagnostic(e, null);
        }
    }

    /** Gives a line to the diagnostics whose location has a pointer but no line. */
    private static List<Diagnostic> locate(List<Diagnostic> diagnostics, Map<String, Integer> lines) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Location at = d.location();
            out.add(at.line() > 0 || at.path() == null ? d : new Diagnostic(d.severity(), d.code(), d.message(),
                    new Location(lineOf(lines, at.path()), 0, at.path())));
        }
        return out;
    }

    private static int lineOf(Map<String, Integer> lines, String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return 0;
    }

    private static List<Diagnostic> withError(List<Diagnostic> warnings, Diagnostic error) {
        List<Diagnostic> all = new ArrayList<>(warnings);
        all.add(error);
        return all;
    }

    @Override
    public List<Diagnostic> write(AdministrativeDocument document, Writer out) throws IOException {
        try {
            JsonMappers.writer().writerFor(AdministrativeDocument.class).writeValue(out, document);
        } catch (JacksonIOException e) {
            throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
        }
        out.write('\n');
        return List.of();
    }

    @Override
    public String schema() {
        try (InputStream in = JsonCodec.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReadResult fail(String code, String message, Location location) {
        return ReadResult.failure(Format.JSON, new Diagnostic(Diagnostic.Severity.ERROR, code, message, location));
    }

    /**
     * Turns a Jackson failure into a located diagnostic.
     *
     * @param e the failure
     * @param tree the input as a tree, when it is well-formed: used to name the field a record refused
     * @return an error with line, column and JSON pointer
     */
    public static Diagnostic diagnostic(JacksonException e, @Nullable JsonNode tree) {
        String pointer = pointer(e.getPath());
        TokenStreamLocation at = e.getLocation();
        int line = at == null || at.getLineNr() < 0 ? 0 : at.getLineNr();
        int column = at == null || at.getColumnNr() < 0 ? 0 : at.getColumnNr();
        String code;
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            code = "json.unknown-field";
            String field = "/" + escape(u.getPropertyName());
            pointer = pointer.endsWith(field) ? pointer : pointer + field;
            message = "unknown field \"" + u.getPropertyName() + "\" in "
                    + describe(pointer.substring(0, pointer.length() - field.length()))
                    + " (known: " + u.getKnownPropertyIds() + ")";
        } else if (e instanceof StreamConstraintsException) {
            String limit = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            code = limit.contains("nesting depth") ? "json.limit.depth"
                    : limit.contains("String value length") || limit.contains("Name length") ? "json.limit.string"
                    : limit.contains("Document length") ? "json.limit.size" : "json.limit";
            message = "the input passes a read limit: " + firstLine(limit);
        } else if (e instanceof InvalidTypeIdException t) {
            code = "json.unknown-type";
            String property = t.getBaseType() != null
                    && AdministrativeDocument.class.isAssignableFrom(t.getBaseType().getRawClass()) ? "type" : "kind";
            message = t.getTypeId() == null ? "missing \"" + property + "\" in " + describe(pointer)
                    : "unknown " + property + " \"" + t.getTypeId() + "\" in " + describe(pointer);
            pointer = pointer + "/" + property;
        } else if (e instanceof ValueInstantiationException v) {
            Throwable cause = e.getCause();
            JsonNode object = tree == null ? null : tree.at(pointer);
            String field = cause instanceof NullPointerException ? nullComponent(v, object) : null;
            String refused = field == null && cause != null ? refusedField(cause.getMessage(), object) : null;
            if (refused != null) {
                pointer = pointer + "/" + escape(refused);
            }
            if (field != null) {
                code = "json.missing-field";
                pointer = pointer + "/" + escape(field);
                message = "missing required field \"" + field + "\"";
            } else {
                code = "json.invalid-value";
                message = "invalid " + describe(pointer) + ": "
                        + (cause == null || cause.getMessage() == null ? e.getOriginalMessage() : cause.getMessage());
            }
        } else if (e instanceof StreamReadException) {
            code = "json.syntax";
            message = "malformed JSON: " + firstLine(e.getOriginalMessage());
        } else if (e instanceof JacksonIOException) {
            code = "io.unreadable";
            message = "cannot read the input: " + e.getOriginalMessage();
        } else {
            code = "json.invalid-value";
            message = "invalid " + describe(pointer) + ": " + firstLine(e.getOriginalMessage());
        }
        return new Diagnostic(Diagnostic.Severity.ERROR, code, message, new Location(line, column, pointer));
    }

    private static final Pattern NULL_COMPONENT = Pattern.compile("\"(\\w+)\" is null");

    /**
     * @return the external name of the component whose {@code null} the record's constructor refused: named by
     *     the message of the {@link NullPointerException}, or else the first required property absent from the
     *     input object
     */
    private static @Nullable String nullComponent(ValueInstantiationException e, @Nullable JsonNode object) {
        String npe = e.getCause().getMessage();
        if (e.getType() == null || !e.getType().getRawClass().isRecord()) {
            return null;
        }
        Class<?> owner = e.getType().getRawClass();
        Matcher m = NULL_COMPONENT.matcher(npe == null ? "" : npe);
        if (m.find()) {
            for (RecordComponent c : owner.getRecordComponents()) {
                if (c.getName().equals(m.group(1))) {
                    return FieldNames.external(owner, c.getName());
                }
            }
        }
        if (object != null && object.isObject()) {
            for (ModelShape.Property p : ModelShape.properties(owner)) {
                JsonNode value = object.get(p.name());
                if (p.required() && (value == null || value.isNull())) {
                    return p.name();
                }
            }
        }
        return null;
    }

    /**
     * @return the property of the input object whose value a record's constructor quoted when refusing it
     *     ({@code số must be digits, got "5a"}), or {@code null} when none or several match
     */
    private static @Nullable String refusedField(@Nullable String message, @Nullable JsonNode object) {
        if (message == null || object == null || !object.isObject()) {
            return null;
        }
        String found = null;
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (e.getValue().isString() && message.contains("\"" + e.getValue().stringValue() + "\"")) {
                if (found != null) {
                    return null;
                }
                found = e.getKey();
            }
        }
        return found;
    }

    /** A passed limit, located by scanning the tokens again up to the place where the limit stops them. */
    private static Diagnostic limitDiagnostic(StreamConstraintsException e, JsonMapper mapper, byte[] bytes) {
        Diagnostic d = diagnostic(e, null);
        JsonParser p = mapper.createParser(bytes);
        try (p) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    p.getString();
                }
            }
        } catch (JacksonException scan) {
            TokenStreamLocation at = p.currentLocation();
            TokenStreamContext context = p.streamReadContext();
            String pointer = context == null ? "" : context.pathAsPointer().toString();
            return new Diagnostic(d.severity(), d.code(), d.message(), new Location(Math.max(at.getLineNr(), 0),
                    Math.max(at.getColumnNr(), 0), pointer));
        }
        return d;
    }

    private static @Nullable JsonNode treeOf(JsonMapper mapper, byte[] bytes) {
        try {
            return mapper.readTree(bytes);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String describe(String pointer) {
        return pointer.isEmpty() ? "the document" : pointer;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** @return the JSON pointer of a Jackson path */
    static String pointer(List<JacksonException.Reference> path) {
        StringBuilder s = new StringBuilder();
        for (JacksonException.Reference r : path) {
            if (r.getPropertyName() != null) {
                s.append('/').append(escape(r.getPropertyName()));
            } else if (r.getIndex() >= 0) {
                s.append('/').append(r.getIndex());
            }
        }
        return s.toString();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** Where each component starts: JSON pointer to 1-based line. */
    private static Map<String, Integer> sourceLines(JsonMapper mapper, byte[] bytes) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = mapper.createParser(bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.PROPERTY_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = p.streamReadContext().pathAsPointer().toString();
                if (t.isStructStart()) {
                    pointer = p.streamReadContext().getParent() == null ? ""
                            : p.streamReadContext().getParent().pathAsPointer().toString();
                }
                lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
            }
        } catch (JacksonException e) {
            return Map.of();
        }
        return lines;
    }

    /** Lenient mode: an unknown field is skipped and reported as a warning naming it. */
    private static final class UnknownFieldCollector extends DeserializationProblemHandler {
        private final List<Diagnostic> warnings;

        UnknownFieldCollector(List<Diagnostic> warnings) {
            this.warnings = warnings;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                                             ValueDeserializer<?> deserializer, Object beanOrClass,
                                             String propertyName) {
            String field = "/" + escape(propertyName);
            String pointer = null;
            for (TokenStreamContext c = p.streamReadContext(); c != null; c = c.getParent()) {
                if (c.inObject() && propertyName.equals(c.currentName())) {
                    pointer = c.pathAsPointer().toString();
                    break;
                }
            }
            if (pointer == null || !pointer.endsWith(field)) {
                pointer = (pointer == null ? p.streamReadContext().pathAsPointer().toString() : pointer) + field;
            }
            if (pointer.endsWith(field + field)) {
                // the context of a buffered (polymorphic) value repeats the name of the field being skipped
                pointer = pointer.substring(0, pointer.length() - field.length());
            }
            TokenStreamLocation at = p.currentTokenLocation();
            warnings.add(new Diagnostic(Diagnostic.Severity.WARNING, "json.unknown-field",
                    "unknown field \"" + propertyName + "\" skipped", new Location(Math.max(at.getLineNr(), 0),
                    Math.max(at.getColumnNr(), 0), pointer)));
            p.skipChildren();
            return true;
        }
    }
}
