package io.github.vanban.validation;

import io.github.vanban.core.ParseException;
import io.github.vanban.core.body.Article;
import io.github.vanban.core.body.Body;
import io.github.vanban.core.body.BodyElement;
import io.github.vanban.core.body.Chapter;
import io.github.vanban.core.body.Clause;
import io.github.vanban.core.body.LegalBasis;
import io.github.vanban.core.body.NumberedItem;
import io.github.vanban.core.body.Paragraph;
import io.github.vanban.core.body.Part;
import io.github.vanban.core.body.Point;
import io.github.vanban.core.body.Section;
import io.github.vanban.core.body.Subsection;
import io.github.vanban.core.component.Appendix;
import io.github.vanban.core.component.ArchiveLine;
import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.CirculationScope;
import io.github.vanban.core.component.Confidentiality;
import io.github.vanban.core.component.ContactFooter;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.DocumentReference;
import io.github.vanban.core.component.DrafterMark;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.component.Recipients;
import io.github.vanban.core.component.Seal;
import io.github.vanban.core.component.SignatureBlock;
import io.github.vanban.core.component.SignatureKind;
import io.github.vanban.core.component.Urgency;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.Decision;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.document.Header;
import io.github.vanban.core.document.Invitation;
import io.github.vanban.core.document.Minutes;
import io.github.vanban.core.document.Report;
import io.github.vanban.core.document.Submission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the test-vector files ({@code src/test/resources/vectors/*.vec}): each vector starts from a clean
 * {@link Fixtures} document and changes some of its parts, then names the rule ids it must raise (exactly) and
 * near-miss ids it must not raise. The format is line-based: {@code == name}, then {@code key: value} lines;
 * lists are separated by {@code " | "}; {@code none} empties a part; {@code \\uXXXX} escapes a character.
 */
final class VectorDocuments {

    /** One parsed vector. */
    record Vector(String file, String name, Profile profile, AdministrativeDocument document, Set<String> raise,
                  Set<String> not) {
    }

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    private VectorDocuments() {
    }

    static List<Vector> parse(String file, String text) {
        List<Vector> out = new ArrayList<>();
        String name = null;
        Map<String, List<String>> entries = new LinkedHashMap<>();
        List<String> bodyLines = null;
        int lineNumber = 0;
        for (String raw : (text + "\n== end").split("\n")) {
            lineNumber++;
            String line = raw.stripTrailing();
            if (bodyLines != null && line.startsWith("  ")) {
                bodyLines.add(line.substring(2));
                continue;
            }
            bodyLines = null;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("== ")) {
                if (name != null) {
                    try {
                        out.add(build(file, name, entries));
                    } catch (RuntimeException | ParseException e) {
                        throw new IllegalStateException(file + ": vector " + name + ": " + e.getMessage(), e);
                    }
                }
                name = line.substring(3).strip();
                entries = new LinkedHashMap<>();
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0 || name == null) {
                throw new IllegalStateException(file + ":" + lineNumber + ": expected \"key: value\", got " + line);
            }
            String key = line.substring(0, colon).strip();
            String value = unescape(line.substring(colon + 1).strip());
            entries.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            if (key.equals("body")) {
                bodyLines = new ArrayList<>();
                entries.computeIfAbsent("body-lines", k -> new ArrayList<>());
                final List<String> target = bodyLines;
                entries.put("body-lines", target);
            }
        }
        return out;
    }

    private static String unescape(String s) {
        Matcher m = ESCAPE.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static List<String> list(String value) {
        return value.equals("none") ? List.of() : Arrays.stream(value.split(" \\| ")).map(String::strip).toList();
    }

    private static Set<String> ids(Map<String, List<String>> e, String key) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : e.getOrDefault(key, List.of())) {
            for (String id : v.split(",")) {
                if (!id.isBlank() && !id.strip().equals("none")) {
                    out.add(id.strip());
                }
            }
        }
        return out;
    }

    private static Vector build(String file, String name, Map<String, List<String>> e) throws ParseException {
        String baseName = one(e, "base");
        var base = Fixtures.BASES.get(baseName);
        if (base == null) {
            throw new IllegalArgumentException("unknown base " + baseName);
        }
        AdministrativeDocument doc = base.get();
        Header.Builder h = doc.header().toBuilder();
        Body b = doc.body();
        Closing c = doc.closing();
        DocumentType type = doc.type();
        Recipients r = c.recipients();
        SignatureBlock sig = c.signature();
        boolean upward = false;
        Seal seal = c.seal();
        for (Map.Entry<String, List<String>> entry : e.entrySet()) {
            String v = entry.getValue().get(0);
            switch (entry.getKey()) {
                case "base", "profile", "raise", "not", "body-lines" -> { }
                case "type" -> type = DocumentType.valueOf(v);
                case "upward" -> upward = Boolean.parseBoolean(v);
                case "seal" -> seal = v.equals("none") ? null : new Seal(Seal.Kind.SEAL, v.equals("own") ? null : v, null);
                case "number" -> h.number(v.equals("none") ? null : DocumentNumber.parse(v));
                case "date" -> h.placeAndDate(v.equals("none") ? null : PlaceAndDate.parse(v));
                case "subject" -> h.subject(v.equals("none") ? null : v);
                case "issuer" -> {
                    List<String> p = list(v);
                    h.issuer(p.isEmpty() ? null : new Organization(p.get(0), p.size() > 1 ? p.get(1) : null,
                            p.size() > 2 ? p.get(2) : null, null));
                }
                case "confidentiality" -> h.confidentiality(Confidentiality.valueOf(v));
                case "urgency" -> h.urgency(Urgency.valueOf(v));
                case "circulation" -> h.circulation(new CirculationScope(v));
                case "draft-marker" -> h.draftMarker(Boolean.parseBoolean(v));
                case "kinh-gui" -> r = new Recipients(list(v).stream().map(VectorDocuments::recipient).toList(),
                        r.distribution(), r.archive());
                case "noi-nhan" -> r = new Recipients(r.addressees(), list(v).stream().map(VectorDocuments::recipient).toList(),
                        r.archive());
                case "luu" -> r = new Recipients(r.addressees(), r.distribution(),
                        v.equals("none") ? null : ArchiveLine.parse(v));
                case "drafter" -> c = new Closing(c.signature(), c.recipients(),
                        v.equals("none") ? null : DrafterMark.parse(v), c.contactFooter());
                case "footer" -> c = new Closing(c.signature(), c.recipients(), c.drafterMark(),
                        new ContactFooter(v, null, null, null, null));
                case "sign" -> sig = v.equals("none") ? null : new SignatureBlock(
                        list(v).stream().map(VectorDocuments::authority).toList(), sig == null ? null : sig.fullName(),
                        sig == null ? SignatureKind.HANDWRITTEN : sig.kind());
                case "sign-raw" -> sig = new SignatureBlock(list(v).stream().map(AuthorityLine::of).toList(),
                        sig == null ? null : sig.fullName(), sig == null ? SignatureKind.HANDWRITTEN : sig.kind());
                case "sign-name" -> sig = new SignatureBlock(sig.lines(), v.equals("none") ? null : v, sig.kind());
                case "sign-kind" -> sig = new SignatureBlock(sig.lines(), sig.fullName(), SignatureKind.valueOf(v));
                case "bases" -> b = body(b, x -> x.legalBases = list(v).stream().map(LegalBasis::of).toList());
                case "add" -> b = body(b, x -> {
                    List<BodyElement> content = new ArrayList<>(x.content);
                    for (String p : entry.getValue()) {
                        content.add(Paragraph.of(p));
                    }
                    x.content = content;
                });
                case "body" -> {
                    List<String> lines = e.get("body-lines");
                    b = body(b, x -> x.content = tree(lines, 0, 0, lines.size()));
                }
                case "end-mark" -> b = body(b, x -> x.endMark = Boolean.parseBoolean(v));
                case "reference" -> {
                    List<DocumentReference> refs = new ArrayList<>();
                    for (String ref : entry.getValue()) {
                        refs.add(DocumentReference.parse(ref));
                    }
                    b = body(b, x -> x.references = refs);
                }
                case "appendix" -> b = body(b, x -> x.appendices = entry.getValue().stream().map(a -> {
                    List<String> p = list(a);
                    return new Appendix(p.get(0).equals("-") ? null : p.get(0), p.get(1),
                            p.size() > 2 && !p.get(2).equals("-") ? p.get(2) : null, List.of());
                }).toList());
                default -> throw new IllegalArgumentException("unknown key " + entry.getKey());
            }
        }
        c = new Closing(sig, r, c.drafterMark(), c.contactFooter(), seal);
        Header header = h.build();
        AdministrativeDocument out;
        if (type == doc.type() && doc instanceof Decision d) {
            out = new Decision(header, d.enactingAuthority(), b, c);
        } else if (type == doc.type() && doc instanceof Minutes m) {
            out = new Minutes(header, m.meeting(), b, c, m.secretarySignature());
        } else if (type == doc.type() && doc instanceof Invitation i) {
            out = new Invitation(header, i.meeting(), b, c);
        } else if (type == DocumentType.TO_TRINH) {
            out = new Submission(header, b, c, upward);
        } else if (type == DocumentType.BAO_CAO) {
            out = new Report(header, b, c, upward);
        } else {
            out = AdministrativeDocument.of(type, header, b, c);
        }
        Profile profile = e.containsKey("profile") ? Profile.valueOf(one(e, "profile")) : Profile.ISSUED;
        return new Vector(file, name, profile, out, ids(e, "raise"), ids(e, "not"));
    }

    private static Recipient recipient(String line) {
        try {
            return Recipient.parse(line);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static AuthorityLine authority(String line) {
        try {
            return AuthorityLine.parse(line);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String one(Map<String, List<String>> e, String key) {
        List<String> v = e.get(key);
        if (v == null || v.size() != 1) {
            throw new IllegalArgumentException("expected exactly one \"" + key + "\"");
        }
        return v.get(0);
    }

    private static final class MutableBody {
        List<LegalBasis> legalBases;
        List<BodyElement> content;
        List<DocumentReference> references;
        List<Appendix> appendices;
        boolean endMark;
    }

    private static Body body(Body b, java.util.function.Consumer<MutableBody> change) {
        MutableBody m = new MutableBody();
        m.legalBases = b.legalBases();
        m.content = b.content();
        m.references = b.references();
        m.appendices = b.appendices();
        m.endMark = b.endMark();
        change.accept(m);
        return new Body(m.legalBases, m.content, m.references, b.attachments(), m.appendices, m.endMark);
    }

    /** Builds body elements from indented lines "kind number | text", two spaces per level. */
    private static List<BodyElement> tree(List<String> lines, int depth, int from, int to) {
        List<BodyElement> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            String line = lines.get(i).substring(depth * 2);
            int end = i + 1;
            while (end < to && lines.get(end).startsWith("  ".repeat(depth + 1))) {
                end++;
            }
            List<BodyElement> children = tree(lines, depth + 1, i + 1, end);
            String[] p = line.split("\\s*\\|\\s*", 2);
            String[] head = p[0].strip().split(" ", 2);
            String kind = head[0];
            String number = head.length > 1 ? head[1] : "";
            String text = p.length > 1 ? p[1] : "";
            out.add(switch (kind) {
                case "part" -> new Part(number, text, children);
                case "chapter" -> new Chapter(number, text, children);
                case "section" -> new Section(number, text, children);
                case "subsection" -> new Subsection(number, text, children);
                case "article" -> new Article(number, text, children);
                case "clause" -> new Clause(number, text, null, children);
                case "point" -> new Point(number, text, null, children);
                case "item" -> new NumberedItem(number, text, null, children);
                case "para" -> Paragraph.of(text);
                default -> throw new IllegalArgumentException("unknown body element " + kind);
            });
            i = end;
        }
        return out;
    }
}
