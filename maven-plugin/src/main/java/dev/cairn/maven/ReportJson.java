package dev.cairn.maven;

import dev.cairn.migrate.MigrationRun;
import dev.cairn.migrate.MigrationState;
import dev.cairn.migrate.MigrationStatus;
import dev.cairn.migrate.StaircaseReport;
import dev.cairn.migrate.ValidationReport;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The goals' reports for {@code -Ddb.format=json}, from the migrator's result objects, in the shape the README
 * documents ("Machine-readable output"). {@value #FORMAT_VERSION} is the shape's version: a field may be added within
 * it; a field renamed, removed or given another meaning makes the next one.
 */
final class ReportJson {
    static final int FORMAT_VERSION = 1;

    private ReportJson() {
    }

    static Map<String, Object> status(MigrationStatus s) {
        Map<String, Object> out = head("status");
        out.put("currentVersion", s.currentVersion());
        out.put("migrations", s.migrations().stream().map(ReportJson::migration).toList());
        out.put("problems", s.problems());
        return out;
    }

    static Map<String, Object> validation(ValidationReport r) {
        Map<String, Object> out = head("validate");
        out.put("valid", r.valid());
        out.put("currentVersion", r.currentVersion());
        out.put("replayedMigrations", r.replayed());
        out.put("appliedMigrations", r.applied());
        out.put("problems", r.problems());
        out.put("drift", r.drift());
        return out;
    }

    /** A goal over a fleet: each database's versions before and after, time and error. */
    static Map<String, Object> fleet(dev.cairn.migrate.FleetReport r) {
        Map<String, Object> out = head(r.command().replaceFirst("^db:", ""));
        out.put("fleet", true);
        out.put("ok", r.ok());
        out.put("targets", r.results().stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("target", t.target());
            m.put("fromVersion", t.before());
            m.put("toVersion", t.after());
            m.put("millis", t.millis());
            m.put("error", t.error());
            return m;
        }).toList());
        out.put("totalMillis", r.totalMillis());
        return out;
    }

    /** {@code db:test}: where it ran and each migration's staircase. */
    static Map<String, Object> staircase(StaircaseReport r) {
        Map<String, Object> out = head("test");
        out.put("passed", r.passed());
        out.put("scratch", r.scratch());
        out.put("migrations", r.steps().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("version", s.version());
            m.put("file", s.file());
            m.put("outcome", s.outcome().name().toLowerCase(java.util.Locale.ROOT));
            m.put("phase", s.phase());
            m.put("problem", s.problem());
            m.put("millis", s.millis());
            return m;
        }).toList());
        out.put("totalMillis", r.totalMillis());
        return out;
    }

    /** An upgrade ({@code steps} named {@code applied}) or a downgrade ({@code reverted}). */
    static Map<String, Object> run(String goal, MigrationRun r) {
        Map<String, Object> out = head(goal);
        out.put("fromVersion", r.fromVersion());
        out.put("toVersion", r.toVersion());
        out.put(goal.equals("downgrade") ? "reverted" : "applied", r.steps().stream().map(ReportJson::step).toList());
        out.put("totalMillis", r.totalMillis());
        return out;
    }

    /** A lint run: its counts and each finding with its position, rule, severity, message and fix. */
    static Map<String, Object> lint(dev.cairn.lint.LintReport r, String dialect) {
        Map<String, Object> out = head("lint");
        out.put("dialect", dialect);
        out.put("replayedMigrations", r.migrationsReplayed());
        out.put("lintedMigrations", r.migrationsLinted());
        out.put("suppressed", r.suppressed());
        out.put("findings", r.findings().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.rule());
            m.put("severity", f.severity().id());
            m.put("file", f.position().file());
            m.put("line", f.position().line());
            m.put("column", f.position().column());
            m.put("version", f.version());
            m.put("message", f.message());
            m.put("fix", f.fix());
            return (Object) m;
        }).toList());
        return out;
    }

    private static Map<String, Object> head(String goal) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("formatVersion", FORMAT_VERSION);
        out.put("goal", goal);
        return out;
    }

    private static Map<String, Object> migration(MigrationState m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", m.version());
        out.put("description", m.description());
        out.put("state", m.state());
        out.put("file", m.file());
        out.put("checksum", m.checksum());
        out.put("appliedChecksum", m.appliedChecksum());
        out.put("appliedAt", m.appliedAt());
        out.put("appliedBy", m.appliedBy());
        out.put("executionMillis", m.executionMillis());
        out.put("irreversible", m.irreversible());
        return out;
    }

    private static Map<String, Object> step(MigrationRun.Step s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", s.version());
        out.put("description", s.description());
        out.put("file", s.file());
        out.put("executionMillis", s.executionMillis());
        out.put("irreversible", s.irreversible());
        return out;
    }
}
