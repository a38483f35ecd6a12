package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.Engine;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.DeclaredSpelling;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Folds DDL statements into the schema model, raising the errors the engine would raise.
 * <p>
 * The statement structure of DDL (which object, which columns and constraints) is read by Cairn's own token reader:
 * JSqlParser's DDL grammar rejects forms real migrations use (SQLite table options, MySQL {@code DROP FOREIGN KEY},
 * PostgreSQL {@code SET DATA TYPE}, a column named {@code script}, MariaDB {@code ENGINE=} on sequences …) and its
 * ALTER model drops details. JSqlParser reads what it is good at: the SELECT of a view. Statements that do not change
 * the shape of the schema stay in the sequence as opaque steps.
 */
public final class Replayer {
    private static final Set<String> OPAQUE_HEADS = Set.of("INSERT", "UPDATE", "DELETE", "SELECT", "WITH", "MERGE", "REPLACE",
            "GRANT", "REVOKE", "PRAGMA", "SET", "BEGIN", "COMMIT", "ROLLBACK", "START", "END", "DO", "ANALYZE", "VACUUM",
            "LOCK", "UNLOCK", "CALL", "EXECUTE", "USE", "REINDEX", "REFRESH", "CLUSTER", "NOTIFY", "SAVEPOINT", "RELEASE",
            "TRUNCATE", "DECLARE", "COPY", "SHOW", "EXPLAIN", "DELIMITER", "FLUSH", "OPTIMIZE", "SECURITY", "LISTEN", "PREPARE",
            "DEALLOCATE", "DISCARD", "RESET", "LOAD", "IMPORT", "ATTACH", "DETACH", "CHECKPOINT", "VALUES", "ABORT");
    private static final Set<String> TABLE_PREFIXES = Set.of("TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "VIRTUAL");

    private final Engine engine;
    private final DynamicDdl dynamic;
    private final ReferencedKeys referencedKeys = new ReferencedKeys();

    public Replayer(Dialect dialect) {
        this.engine = Engines.of(dialect);
        this.dynamic = new DynamicDdl(engine);
    }

    public Dialect dialect() {
        return engine.dialect();
    }

    /**
     * Folds the statements into {@code start}, a schema a replay produced (or {@link Schema#EMPTY}): its tables are
     * taken to spell their references as declared already ({@link DeclaredSpelling}). At the first statement whose
     * effect on the schema cannot be known ({@link DynamicDdl}) it stops reading: that step says why, the statements
     * after it are opaque steps, and the result's schema is the one before it. The routines the statements create are
     * remembered for the next call, and so is which key each foreign key depends on ({@link ReferencedKeys}).
     */
    public ReplayResult replay(Schema start, List<SqlStatement> statements) {
        Schema.Builder schema = start.toBuilder().spellingNamesWith(engine.expressions()::identifier);
        referencedKeys.keepTablesOf(start);
        ReplayState state = new ReplayState(referencedKeys);
        List<ReplayStep> steps = new ArrayList<>(statements.size());
        boolean unknown = false;
        for (SqlStatement s : statements) {
            if (unknown) {
                dynamic.observe(new TokenCursor(engine, s));
                steps.add(ReplayStep.opaque(s));
                continue;
            }
            ReplayStep step = apply(schema, state, s);
            unknown = step.effectUnknown();
            steps.add(step);
        }
        return new ReplayResult(DeclaredSpelling.of(schema.build(), start, engine.keys().keepsForeignKeyTargetsAsWritten()), steps);
    }

    private ReplayStep apply(Schema.Builder schema, ReplayState state, SqlStatement s) {
        TokenCursor in = new TokenCursor(engine, s);
        if (in.atEnd()) return ReplayStep.opaque(s);
        Token head = in.peek();
        String word = head.upper();
        if (head.kind() != Token.Kind.WORD) {
            if (head.isSymbol("(")) return ReplayStep.opaque(s); // (SELECT …) UNION …
            throw in.unexpected("expected a statement");
        }
        UnknownEffect unknown = dynamic.check(in);
        if (unknown != null) return ReplayStep.unknown(unknown);
        if (OPAQUE_HEADS.contains(word)) return ReplayStep.opaque(s);
        List<SchemaChange> changes = switch (word) {
            case "CREATE" -> create(in, schema, state);
            case "ALTER" -> alter(in, schema, state);
            case "DROP" -> drop(in, schema, state);
            case "COMMENT" -> {
                in.next();
                in.expect("ON");
                List<SchemaChange> c = CommentStatement.read(in, schema);
                yield c == null ? List.of() : c;
            }
            case "RENAME" -> engine.ddl().hasRenameTableStatement() ? RenameTableStatement.read(in, schema, state) : null;
            default -> throw new SqlProblem(s.position(), s.sql(), "unknown statement '" + head.text() + "'",
                    "Cairn expected SQL such as CREATE TABLE, ALTER TABLE, CREATE INDEX or INSERT; check the spelling");
        };
        if (changes == null) return ReplayStep.opaque(s);
        return new ReplayStep(s, changes, false);
    }

    private List<SchemaChange> create(TokenCursor in, Schema.Builder schema, ReplayState state) {
        in.next();
        boolean orReplace = in.accept("OR", "REPLACE");
        while (in.peek().kind() == Token.Kind.WORD && TABLE_PREFIXES.contains(in.peek().upper())) {
            if (in.at("VIRTUAL", "TABLE")) return null; // SQLite virtual tables (FTS) are not modelled
            in.next();
        }
        if (in.accept("TABLE")) return CreateTableStatement.read(in, schema, state);
        if (in.at("INDEX") || in.at("UNIQUE") || in.at("FULLTEXT") || in.at("SPATIAL")) return CreateIndexStatement.read(in, schema, state);
        if (in.accept("SEQUENCE")) return SequenceStatement.create(in, schema);
        if (in.at("TYPE")) {
            refuseTypes(in);
            in.next();
            return TypeStatement.create(in, schema);
        }
        if (engine.alterTable().hasRowLevelSecurity() && in.accept("POLICY")) return PolicyStatement.create(in, schema);
        // MySQL view prefixes: ALGORITHM = x, DEFINER = user, SQL SECURITY x
        while (in.at("ALGORITHM") || in.at("DEFINER") || in.at("SQL") || in.at("RECURSIVE")) {
            if (in.accept("SQL", "SECURITY") || in.accept("ALGORITHM") || in.accept("DEFINER")) {
                in.accept("=");
                in.next(); // the value, or a definer's user (CURRENT_USER)
                if (in.peek().isSymbol("@")) { // 'user'@'host'
                    in.next();
                    in.next();
                } else {
                    in.accept("(", ")"); // CURRENT_USER()
                }
            } else {
                in.next();
            }
        }
        if (in.accept("VIEW")) return ViewStatement.read(in, schema, state, orReplace);
        if (RoutineStatement.at(in)) return RoutineStatement.create(in, schema);
        return null; // temporary and constraint triggers, materialized views, schemas, roles …
    }

    private List<SchemaChange> alter(TokenCursor in, Schema.Builder schema, ReplayState state) {
        in.next();
        if (in.accept("TABLE")) return AlterTableStatement.read(in, schema, state);
        if (in.accept("SEQUENCE")) return SequenceStatement.alter(in, schema);
        if (in.at("TYPE")) {
            refuseTypes(in);
            in.next();
            return TypeStatement.alter(in, schema);
        }
        if (in.accept("VIEW")) return AlterViewStatement.read(in, schema, state);
        if (engine.alterTable().hasRowLevelSecurity() && in.accept("POLICY")) return PolicyStatement.alter(in, schema);
        if (RoutineStatement.at(in)) return RoutineStatement.alter(in, schema);
        return null;
    }

    /**
     * CREATE and ALTER TYPE where the engine has no types of its own (SQLite, MySQL, MariaDB): refused as the database
     * refuses them, so that db:generate-models accepts exactly what db:upgrade runs.
     */
    private void refuseTypes(TokenCursor in) {
        if (engine.ddl().typesAreSchemaObjects()) return;
        throw in.problem(in.peek(), engine.dialect().id() + " has no CREATE TYPE or ALTER TYPE; the database would refuse this "
                + "statement", "use a CHECK (col IN (…)) or the engine's own ENUM column type, or configure the dialect this migration is for");
    }

    private List<SchemaChange> drop(TokenCursor in, Schema.Builder schema, ReplayState state) {
        in.next();
        if (in.at("TABLE") || in.at("VIEW") || in.at("INDEX") || in.at("SEQUENCE") || in.at("TYPE") || in.at("TEMPORARY", "TABLE")) {
            if (in.at("TYPE") && !engine.ddl().typesAreSchemaObjects()) return null;
            return DropStatement.read(in, schema, state);
        }
        if (engine.alterTable().hasRowLevelSecurity() && in.accept("POLICY")) return PolicyStatement.drop(in, schema);
        if (RoutineStatement.at(in)) return RoutineStatement.drop(in, schema);
        return null;
    }
}
