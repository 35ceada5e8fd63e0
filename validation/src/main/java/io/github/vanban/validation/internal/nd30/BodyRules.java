package io.github.vanban.validation.internal.nd30;

import static io.github.vanban.validation.internal.nd30.Fields.BODY;
import static io.github.vanban.validation.internal.nd30.Fields.CONTENT;
import static io.github.vanban.validation.internal.nd30.Fields.END_MARK;
import static io.github.vanban.validation.internal.nd30.Fields.LEGAL_BASES;
import static io.github.vanban.validation.internal.nd30.Fields.REFERENCES;

import io.github.vanban.core.body.Article;
import io.github.vanban.core.body.BodyElement;
import io.github.vanban.core.body.Chapter;
import io.github.vanban.core.body.Clause;
import io.github.vanban.core.body.LegalBasis;
import io.github.vanban.core.body.NumberedItem;
import io.github.vanban.core.body.Part;
import io.github.vanban.core.body.Point;
import io.github.vanban.core.body.Section;
import io.github.vanban.core.body.Subsection;
import io.github.vanban.core.component.DocumentReference;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.text.VietnameseText;
import io.github.vanban.validation.spi.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Nội dung (ô 6; Phụ lục I, II.6 of Nghị định 30/2020/NĐ-CP): căn cứ, structure, numbering, end mark. */
final class BodyRules {

    private static final Pattern BASIS = Pattern.compile("^Căn cứ\\s+(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LAW = Pattern.compile("^(Hiến pháp|Bộ luật|Luật|Pháp lệnh)(?!\\p{L}).*", Pattern.UNICODE_CASE);
    private static final Pattern TYPED = Pattern.compile(
            "^(Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Công văn|Kế hoạch|Thông báo|Hướng dẫn|Quy chế|Quy định)(?!\\p{L}).*",
            Pattern.UNICODE_CASE);
    private static final Pattern CODE = Pattern.compile("\\d+/[\\p{L}\\d/-]+");
    private static final Pattern ROMAN = Pattern.compile("^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$");
    private static final Pattern ARABIC = Pattern.compile("^[1-9]\\d*$");
    private static final Pattern CITATION_UPPER = Pattern.compile("(?<=\\p{Ll},? )(Khoản|Điểm)(?= (\\d+|[a-zđ](?!\\p{L})))");
    private static final Pattern CITATION_LOWER = Pattern.compile("(?<=[\\p{L}\\d],? )(điều|chương)(?= (\\d+|[IVXLC]+(?!\\p{L})))");

    private BodyRules() {
    }

    /** ND30-ND-05: each căn cứ ends with ";", the last with ".". */
    static void basesPunctuation(AdministrativeDocument doc, RuleContext ctx) {
        List<LegalBasis> bases = doc.body().legalBases();
        for (int i = 0; i < bases.size(); i++) {
            String text = bases.get(i).text();
            String expected = i == bases.size() - 1 ? "." : ";";
            if (!text.endsWith(expected) || text.endsWith(expected + expected)) {
                String stem = text.replaceAll("[\\s.;,:]+$", "");
                ctx.violation("ending").at(BODY, LEGAL_BASES, i, "text").arg("expected", expected)
                        .arg("text", text).fix(stem + expected).report();
            }
        }
    }

    /** ND30-ND-06: a Luật or Pháp lệnh is cited by name only; other căn cứ carry their số/ký hiệu. */
    static void basesForm(AdministrativeDocument doc, RuleContext ctx) {
        List<LegalBasis> bases = doc.body().legalBases();
        for (int i = 0; i < bases.size(); i++) {
            Matcher m = BASIS.matcher(bases.get(i).text());
            if (!m.matches()) {
                continue;
            }
            String cited = m.group(1);
            if (LAW.matcher(cited).matches()) {
                if (CODE.matcher(cited).find()) {
                    ctx.violation("lawNumbered").at(BODY, LEGAL_BASES, i, "text").arg("text", cited).report();
                }
            } else if (TYPED.matcher(cited).matches() && !CODE.matcher(cited).find()) {
                ctx.violation("incomplete").at(BODY, LEGAL_BASES, i, "text").arg("text", cited).report();
            }
        }
    }

    private interface Visitor {
        void visit(BodyElement element, List<Object> path, List<BodyElement> siblings);
    }

    private static void walk(List<BodyElement> elements, List<Object> prefix, Visitor visitor) {
        for (int i = 0; i < elements.size(); i++) {
            List<Object> path = new ArrayList<>(prefix);
            path.add(i);
            visitor.visit(elements.get(i), path, elements);
            List<Object> children = new ArrayList<>(path);
            children.add("children");
            walk(elements.get(i).children(), children, visitor);
        }
    }

    private static void walk(AdministrativeDocument doc, Visitor visitor) {
        walk(doc.body().content(), List.of(BODY, CONTENT), visitor);
    }

    private static Object[] at(List<Object> path, String field) {
        List<Object> p = new ArrayList<>(path);
        p.add(field);
        return p.toArray();
    }

    private static String heading(BodyElement e) {
        if (e instanceof Part) {
            return "Phần";
        } else if (e instanceof Chapter) {
            return "Chương";
        } else if (e instanceof Section) {
            return "Mục";
        } else if (e instanceof Subsection) {
            return "Tiểu mục";
        } else if (e instanceof Article) {
            return "Điều";
        }
        return "Khoản";
    }

    /** ND30-ND-07: Phần and Chương in Roman numerals; Mục, Tiểu mục, Điều and khoản in Arabic numerals. */
    static void numerals(AdministrativeDocument doc, RuleContext ctx) {
        walk(doc, (e, path, siblings) -> {
            String number = e instanceof Part x ? x.number() : e instanceof Chapter x ? x.number() : null;
            if (number != null) {
                if (!ROMAN.matcher(number).matches() || number.isEmpty()) {
                    ctx.violation("roman").at(at(path, "number")).arg("kind", heading(e)).arg("number", number)
                            .report();
                }
                return;
            }
            number = e instanceof Section x ? x.number() : e instanceof Subsection x ? x.number()
                    : e instanceof Article x ? x.number() : e instanceof Clause x ? x.number() : null;
            if (number != null && !ARABIC.matcher(number).matches()) {
                ctx.violation("arabic").at(at(path, "number")).arg("kind", heading(e)).arg("number", number).report();
            }
        });
    }

    /** ND30-ND-08: Phần, Chương, Mục, Tiểu mục and Điều have titles; the first four in capitals. */
    static void titles(AdministrativeDocument doc, RuleContext ctx) {
        walk(doc, (e, path, siblings) -> {
            String title = e instanceof Part x ? x.title() : e instanceof Chapter x ? x.title()
                    : e instanceof Section x ? x.title() : e instanceof Subsection x ? x.title()
                    : e instanceof Article x ? x.title() : null;
            if (title == null) {
                return;
            }
            if (title.isBlank()) {
                ctx.violation("missing").at(at(path, "title")).arg("kind", heading(e)).report();
            } else if (!(e instanceof Article) && !VietnameseText.isUpperCase(title)) {
                ctx.violation("upperCase").at(at(path, "title")).arg("kind", heading(e)).arg("title", title)
                        .fix(VietnameseText.upperCase(title)).report();
            }
        });
    }

    /**
     * ND30-ND-09: Điều numbered 1, 2, 3 … through the document; khoản 1, 2, 3 … in each parent; numbered items
     * 1, 2, 3 … (a list may start again at 1); điểm a, b, c, d, đ, e, g, h, i, k, l, m, n, o in each parent (the letters after o are a drafting
     * convention and not checked).
     */
    static void sequences(AdministrativeDocument doc, RuleContext ctx) {
        int[] article = {0};
        walk(doc, (e, path, siblings) -> {
            if (e instanceof Article a) {
                article[0]++;
                expect(ctx, path, "number", a.number(), Integer.toString(article[0]));
            }
        });
        walk(doc, (e, path, siblings) -> {
            int index = (Integer) path.get(path.size() - 1);
            if (e instanceof Clause c) {
                expect(ctx, path, "number", c.number(), Integer.toString(ordinal(siblings, index, Clause.class)));
            } else if (e instanceof Point p) {
                int n = ordinal(siblings, index, Point.class);
                if (n <= 14) {
                    expect(ctx, path, "letter", p.letter(), Point.LETTERS.get(n - 1));
                }
            } else if (e instanceof NumberedItem item) {
                String label = arabicLabel(item);
                if (label != null && !label.equals("1")) { // a list may start again at 1 under a new heading
                    String previous = null;
                    for (int i = index - 1; i >= 0 && previous == null; i--) {
                        if (siblings.get(i) instanceof NumberedItem p) {
                            previous = arabicLabel(p);
                        }
                    }
                    String expected = previous == null ? "1" : Integer.toString(Integer.parseInt(previous) + 1);
                    expect(ctx, path, "label", label, expected);
                }
            }
        });
    }

    private static String arabicLabel(NumberedItem item) {
        String label = item.label().replaceAll("[.)]+$", "");
        return label.matches("\\d{1,6}") ? label : null;
    }

    private static int ordinal(List<BodyElement> siblings, int index, Class<?> kind) {
        int n = 0;
        for (int i = 0; i <= index; i++) {
            if (kind.isInstance(siblings.get(i))) {
                n++;
            }
        }
        return n;
    }

    private static void expect(RuleContext ctx, List<Object> path, String field, String found, String expected) {
        if (!found.equals(expected)) {
            ctx.violation("sequence").at(at(path, field)).arg("found", found).arg("expected", expected)
                    .fix(expected).report();
        }
    }

    /** ND30-ND-10: the body ends with "./.". */
    static void endMark(AdministrativeDocument doc, RuleContext ctx) {
        if (!doc.body().endMark()) {
            ctx.violation("missing").at(BODY, END_MARK).fix("./.").report();
        }
    }

    /**
     * ND30-ND-11: a cited document is named in full (Phụ lục I, II.6.b): type, số/ký hiệu, date, issuer and trích
     * yếu; a Luật, Bộ luật, Pháp lệnh or the Hiến pháp by type and name (its name written in the type name, as in
     * "Luật Thi đua, khen thưởng", counts as its name).
     */
    static void fullCitation(AdministrativeDocument doc, RuleContext ctx) {
        List<DocumentReference> refs = doc.body().references();
        for (int i = 0; i < refs.size(); i++) {
            DocumentReference r = refs.get(i);
            String typeName = r.typeName() == null ? "" : r.typeName();
            List<String> missing = new ArrayList<>();
            if (LAW.matcher(typeName).matches()) {
                if (r.citedByName() && r.title() == null) {
                    missing.add("tên");
                }
            } else {
                if (r.number() == null) {
                    missing.add("số/ký hiệu");
                }
                if (r.date() == null) {
                    missing.add("ngày");
                }
                if (r.issuer() == null) {
                    missing.add("cơ quan ban hành");
                }
                if (r.title() == null) {
                    missing.add("trích yếu");
                }
            }
            if (!missing.isEmpty()) {
                ctx.violation("incomplete").at(BODY, REFERENCES, i).arg("reference", r.format())
                        .arg("missing", String.join(", ", missing)).report();
            }
        }
    }

    /** ND30-CAP-01: in citations "Điều", "Chương" are capitalised, "khoản", "điểm" are not. */
    static void citationCase(AdministrativeDocument doc, RuleContext ctx) {
        for (TextWalker.Located t : TextWalker.content(doc)) {
            String text = t.text();
            String fixed = replace(CITATION_UPPER, text, w -> VietnameseText.lowerCase(w));
            fixed = replace(CITATION_LOWER, fixed, w -> VietnameseText.upperCase(w.substring(0, 1)) + w.substring(1));
            if (!fixed.equals(text)) {
                ctx.violation("citation").at(t.path().toArray()).arg("text", text).fix(fixed).report();
            }
        }
    }

    private static String replace(Pattern p, String text, java.util.function.UnaryOperator<String> f) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

}
