package io.github.vanban.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report for people (báo cáo dạng văn bản): grouped by document, one line a finding with its location
 * (the input line when known, else the document part), severity, rule id and message, then the clause it rests
 * on and the suggested fix. ANSI colour only when asked for (a terminal without {@code NO_COLOR}).
 */
public final class TextReportWriter implements ReportWriter {

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String RED = "\u001B[31m";
    private static final String GREEN = "\u001B[32m";
    private static final String YELLOW = "\u001B[33m";
    private static final String MAGENTA = "\u001B[35m";
    private static final String CYAN = "\u001B[36m";
    private static final String DIM = "\u001B[2m";
    /** Longest message or fix shown in full; quoted OCR garbage can run to pages (JSON keeps it whole). */
    static final int MAX_SHOWN = 160;

    private final PrintWriter out;
    private final Labels labels;
    private final boolean colour;
    private boolean first = true;

    /**
     * @param out standard output
     * @param locale the language of the labels
     * @param colour whether to use ANSI colour
     */
    public TextReportWriter(PrintWriter out, Locale locale, boolean colour) {
        this.out = out;
        this.labels = Labels.of(locale);
        this.colour = colour;
    }

    @Override
    public void begin(String ruleSet, List<RuleView> rules) {
        // nothing before the first document
    }

    @Override
    public void document(DocumentOutcome o) {
        if (!first) {
            out.println();
        }
        first = false;
        out.println(paint(BOLD, o.source()) + "  " + paint(statusColour(o.status()), labels.status(o.status()))
                + "  " + paint(DIM, o.ruleSet() + " · " + o.profile()
                + (o.inputFormat().isEmpty() ? "" : " · " + o.inputFormat()))
                + "  " + counts(o));
        int idWidth = o.findings().stream().mapToInt(f -> f.ruleId().length()).max().orElse(0);
        List<String> locations = new ArrayList<>();
        for (FindingView f : o.findings()) {
            locations.add(location(f));
        }
        int locWidth = locations.stream().mapToInt(String::length).max().orElse(0);
        for (int i = 0; i < o.findings().size(); i++) {
            FindingView f = o.findings().get(i);
            String sev = pad(f.severity().name(), 7);
            out.println("  " + pad(locations.get(i), locWidth) + "  " + paint(severityColour(f.severity()), sev)
                    + "  " + pad(f.ruleId(), idWidth) + "  " + shorten(f.message()));
            StringBuilder tail = new StringBuilder();
            if (!f.basis().isEmpty()) {
                tail.append(labels.basis()).append(": ").append(f.basis());
            }
            if (f.fix() != null && !f.fix().isEmpty()) {
                tail.append(tail.length() > 0 ? " · " : "").append(labels.fix()).append(": ").append(shorten(f.fix()));
            }
            if (tail.length() > 0) {
                out.println("  " + " ".repeat(locWidth + 2 + 7 + 2 + idWidth + 2) + paint(DIM, tail.toString()));
            }
        }
        for (ReadNote n : o.notes()) {
            if (n.severity() == Severity.INFO && o.status() != Status.FAILED) {
                continue;
            }
            String where = n.line() > 0 ? labels.line() + " " + n.line() + ": " : "";
            out.println("  " + paint(DIM, labels.reader()) + " " + paint(severityColour(n.severity()),
                    n.severity().name()) + " " + n.code() + " " + where + n.message());
        }
    }

    @Override
    public void end(Summary summary) {
        out.flush();
    }

    private String counts(DocumentOutcome o) {
        long e = o.count(Severity.ERROR);
        long w = o.count(Severity.WARNING);
        long i = o.count(Severity.INFO);
        if (o.findings().isEmpty()) {
            return o.status() == Status.FAILED ? "" : labels.noFinding();
        }
        StringBuilder s = new StringBuilder();
        s.append(e).append(' ').append(e == 1 ? labels.error() : labels.errors());
        s.append(", ").append(w).append(' ').append(w == 1 ? labels.warning() : labels.warnings());
        if (i > 0) {
            s.append(", ").append(i).append(" info");
        }
        return s.toString();
    }

    private static String shorten(String s) {
        if (s.codePointCount(0, s.length()) <= MAX_SHOWN) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, MAX_SHOWN - 1)) + "…";
    }

    private String location(FindingView f) {
        return f.line() > 0 ? labels.line() + " " + f.line() : f.part();
    }

    private static String pad(String s, int width) {
        int n = s.codePointCount(0, s.length());
        return n >= width ? s : s + " ".repeat(width - n);
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    private static String statusColour(Status s) {
        return switch (s) {
            case VALID -> GREEN;
            case INVALID -> RED;
            case FAILED -> MAGENTA;
        };
    }

    private static String severityColour(Severity s) {
        return switch (s) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
    }
}
