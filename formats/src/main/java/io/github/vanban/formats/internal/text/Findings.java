package io.github.vanban.formats.internal.text;

import io.github.vanban.formats.Diagnostic;
import io.github.vanban.formats.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the diagnostics, confidences and source lines of one read. */
final class Findings {
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, Double> confidence = new LinkedHashMap<>();
    private final Map<String, Integer> sourceLines = new LinkedHashMap<>();
    private final Map<String, Integer> repairCounts = new LinkedHashMap<>();

    void error(String code, int line, String message) {
        diagnostics.add(new Diagnostic(Diagnostic.Severity.ERROR, code, message, Location.line(Math.max(line, 0))));
    }

    void warning(String code, int line, String message) {
        diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, code, message, Location.line(Math.max(line, 0))));
    }

    void info(String code, int line, String message) {
        diagnostics.add(new Diagnostic(Diagnostic.Severity.INFO, code, message, Location.line(Math.max(line, 0))));
    }

    /** A repair: reported once per kind and line, at most 20 times per kind, then summarised. */
    void repair(String code, int line, String message) {
        int n = repairCounts.merge(code, 1, Integer::sum);
        if (n <= 20) {
            info(code, line, message);
        }
    }

    void found(String pointer, int line, double confidenceValue) {
        if (line > 0) {
            sourceLines.putIfAbsent(pointer, line);
        }
        confidence.put(pointer, Math.max(0.0, Math.min(1.0, confidenceValue)));
    }

    void line(String pointer, int line) {
        if (line > 0) {
            sourceLines.putIfAbsent(pointer, line);
        }
    }

    List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>(diagnostics);
        repairCounts.forEach((code, n) -> {
            if (n > 20) {
                out.add(new Diagnostic(Diagnostic.Severity.INFO, code, (n - 20) + " more repairs of this kind",
                        Location.UNKNOWN));
            }
        });
        return out;
    }

    Map<String, Double> confidence() {
        return confidence;
    }

    Map<String, Integer> sourceLines() {
        return sourceLines;
    }
}
