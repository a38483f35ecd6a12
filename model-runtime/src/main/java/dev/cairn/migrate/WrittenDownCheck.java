package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.RebuildMarker;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.ReplayResult;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.sql.SourcePosition;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.StatementSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A written {@code -- migrate:down} part, replayed over the schema after its up part, must give back the schema
 * before it: a down that forgets an index the up created is found here, without a database, at the file and line of
 * its down part. A down with DDL built at run time is not checked (replay cannot know what it does). A down that
 * knowingly leaves something says so in the file: {@code -- cairn:allow down-mismatch <reason>} (the lint rule of the
 * same name, which uses this check).
 */
public final class WrittenDownCheck {
    /** The rule's id, as a suppression names it (and db:lint's rule). */
    public static final String RULE = "down-mismatch";
    private static final Pattern ALLOW = Pattern.compile("--[ \\t]*cairn:allow[ \\t]+" + Pattern.quote(RULE) + "\\b([ \\t]+\\S.*)?$",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

    /**
     * How a written down fails to undo its up: at the line of its {@code -- migrate:down} marker; {@code why} is one
     * line; {@code differences} what the schema after the down lacks or has in excess (empty when the down does not
     * even replay).
     */
    public record Mismatch(SourcePosition at, String why, List<String> differences) {
        public Mismatch {
            differences = List.copyOf(differences);
        }
    }

    private final Dialect dialect;
    private final StatementSplitter splitter;

    public WrittenDownCheck(Dialect dialect) {
        this.dialect = dialect;
        this.splitter = new StatementSplitter(Engines.of(dialect).syntax());
    }

    /** One message per written down that does not undo its up and does not say why it may not, in version order. */
    public List<String> problems(List<ReplayedMigration> migrations) {
        List<String> out = new ArrayList<>();
        for (ReplayedMigration m : migrations) {
            String problem = problem(m);
            if (problem != null) out.add(problem);
        }
        return out;
    }

    /**
     * The message for the written down of {@code m}, or null: none written, it undoes its up, or it says why it may
     * not ({@code -- cairn:allow down-mismatch <reason>} in the file; without a reason that is the problem).
     */
    public String problem(ReplayedMigration m) {
        MigrationFile file = m.file();
        if (!file.hasWrittenDown()) return null;
        Matcher allow = ALLOW.matcher(file.upSql() + "\n" + file.downSql());
        if (allow.find()) {
            if (allow.group(1) != null) return null;
            return marker(file) + ": -- cairn:allow " + RULE + " needs a reason after the rule's name";
        }
        Mismatch x = mismatch(m);
        if (x == null) return null;
        StringBuilder b = new StringBuilder(x.at() + ": " + x.why());
        if (!x.differences().isEmpty()) {
            b.append(" (expected before the up part vs after the down part):\n  ").append(String.join("\n  ", x.differences()));
        }
        return b.append("\n  Fix the down part, or say why it may differ: -- cairn:allow ").append(RULE).append(" <reason>").toString();
    }

    /** How the written down of {@code m} fails to give back the schema before its up part; null when it does (or none is written). */
    public Mismatch mismatch(ReplayedMigration m) {
        MigrationFile file = m.file();
        if (!file.hasWrittenDown()) return null;
        ReplayResult undone;
        try {
            undone = new Replayer(dialect).replay(m.after(), MigrationReplay.downStatements(splitter, file));
        } catch (SqlProblem e) {
            return new Mismatch(marker(file), "the -- migrate:down part of version " + file.version()
                    + " does not replay over the schema after its up part: " + e.getMessage().lines().findFirst().orElse(""), List.of());
        }
        if (undone.unknownEffect().isPresent()) return null;
        if (Engines.of(dialect).migration().rebuildRestoresTriggers() && RebuildMarker.in(file.downSql())) {
            undone = MigrationReplay.restoringTriggers(m.after(), undone);
        }
        SchemaDifferences left = SchemaDifferences.between(m.before(), undone.schema());
        if (left.isEmpty()) return null;
        return new Mismatch(marker(file), "the -- migrate:down part of version " + file.version() + " does not give back the schema before it",
                left.differences());
    }

    /** The line of the {@code -- migrate:down} marker. */
    private static SourcePosition marker(MigrationFile file) {
        return new SourcePosition(file.displayName(), Math.max(file.downStartLine() - 1, 1), 1);
    }
}
