package dev.cairn.maven;

import dev.cairn.lint.LintFinding;
import dev.cairn.lint.LintReport;
import dev.cairn.lint.LintRule;
import dev.cairn.lint.Severity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lint run as a SARIF 2.1.0 log ({@code -Ddb.lint.format=sarif}), the format code review tools (GitHub code
 * scanning, GitLab, Azure DevOps) show as annotations: one run of the tool "Cairn", its rules with their explanation,
 * and one result per finding at its file, line and column (the fix in the message).
 */
final class LintSarif {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private LintSarif() {
    }

    static Map<String, Object> of(LintReport report, String toolVersion) {
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<LintRule> rules = report.rules();
        for (int k = 0; k < rules.size(); k++) ruleIndex.put(rules.get(k).id(), k);
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "Cairn");
        driver.put("version", toolVersion);
        driver.put("rules", rules.stream().map(LintSarif::rule).toList());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", report.findings().stream().map(f -> result(f, ruleIndex)).toList());
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }

    private static Object rule(LintRule r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("shortDescription", Map.of("text", r.summary()));
        out.put("fullDescription", Map.of("text", r.explanation()));
        out.put("defaultConfiguration", Map.of("level", level(r.severity())));
        out.put("properties", Map.of("category", r.category().id()));
        return out;
    }

    private static Object result(LintFinding f, Map<String, Integer> ruleIndex) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", f.position().line());
        region.put("startColumn", f.position().column());
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", f.position().file().replace('\\', '/')));
        physical.put("region", region);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ruleId", f.rule());
        if (ruleIndex.containsKey(f.rule())) out.put("ruleIndex", ruleIndex.get(f.rule()));
        out.put("level", level(f.severity()));
        out.put("message", Map.of("text", f.message() + ". Fix: " + f.fix() + "."));
        out.put("locations", List.of(Map.of("physicalLocation", physical)));
        out.put("properties", Map.of("fix", f.fix(), "migrationVersion", f.version()));
        return out;
    }

    /** SARIF's levels: error, warning, note. */
    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
