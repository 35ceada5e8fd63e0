package io.github.vanban.cli.internal;

import java.util.List;

/** Reports on documents made by hand, for the writers' tests. */
final class Outcomes {

    private Outcomes() {
    }

    static final FindingView NUMBER = new FindingView("ND30-SO-02", Severity.ERROR, "/header/number/codeNumber",
            "Số, ký hiệu", 4, "Số nhỏ hơn 10 phải có số 0 ở trước.", "Phụ lục I, II.3.c", "05");
    static final FindingView ARCHIVE = new FindingView("ND30-NN-05", Severity.WARNING,
            "/closing/recipients/archive", "Nơi nhận", 0, "Dòng \"Lưu\" phải là dòng cuối.", "Phụ lục I, II.9.b",
            null);

    static DocumentOutcome invalid() {
        return new DocumentOutcome("thư mục/công văn 5.txt", Status.INVALID, "issued", "nd30-2020", "text",
                List.of(NUMBER, ARCHIVE), List.of(new ReadNote(Severity.WARNING, "text.header-missing",
                        "no Quốc hiệu before \"Số:\"", 1, ""), new ReadNote(Severity.INFO, "text.joined",
                        "joined split syllables", 7, "")));
    }

    static DocumentOutcome valid() {
        return new DocumentOutcome("/tmp/ok.json", Status.VALID, "issued", "nd30-2020", "json", List.of(),
                List.of());
    }

    static DocumentOutcome failed() {
        return new DocumentOutcome("broken.xml", Status.FAILED, "issued", "nd30-2020", "xml", List.of(),
                List.of(new ReadNote(Severity.ERROR, "xml.syntax", "unexpected end of input", 3, "/vb:document")));
    }

    static List<RuleView> rules() {
        return List.of(new RuleView("ND30-NN-05", Severity.WARNING, "Nơi nhận", "Phụ lục I, II.9.b",
                        "Dòng \"Lưu\" phải là dòng cuối.", "Sau dòng Lưu chỉ có ký hiệu người soạn thảo."),
                new RuleView("ND30-SO-02", Severity.ERROR, "Số, ký hiệu", "Phụ lục I, II.3.c",
                        "Số nhỏ hơn 10 phải có số 0 ở trước.", "Viết 05, không viết 5."));
    }

    /**
     * Drives a writer as the batch does: begin, each outcome in order (counted in the summary), end.
     *
     * @param w the writer under test
     * @param rules the rule catalogue passed to {@code begin}
     * @param outcomes the reports on documents
     */
    static void run(ReportWriter w, List<RuleView> rules, DocumentOutcome... outcomes) {
        w.begin("nd30-2020", rules);
        Summary summary = new Summary();
        for (DocumentOutcome o : outcomes) {
            summary.add(o);
            w.document(o);
        }
        w.end(summary);
    }
}
