package dev.cairn.replay;

import dev.cairn.dialect.RoutineText;
import dev.cairn.replay.TokenCursor.Name;
import dev.cairn.schema.Routine;
import dev.cairn.schema.Routine.Kind;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Table;
import dev.cairn.schema.View;

import java.util.ArrayList;
import java.util.List;

/**
 * Triggers, functions, procedures and extensions: {@code CREATE [OR REPLACE] … [IF NOT EXISTS]} (read by
 * {@link RoutineText}, the reader the introspectors use on the catalog's text), {@code DROP … [IF EXISTS]} and
 * {@code ALTER TRIGGER | FUNCTION | PROCEDURE … RENAME TO}. A trigger needs its table (or, {@code INSTEAD OF}, its
 * view) and is spelled on it as the table is. Functions are keyed by name: a second {@code CREATE FUNCTION} of a
 * name (a PostgreSQL overload) replaces the first in the model. Dropping something the model does not hold (made by
 * an opaque statement) changes nothing rather than refusing.
 */
final class RoutineStatement {
    private RoutineStatement() {
    }

    /** Whether the cursor stands at a kind this statement reads ({@code TRIGGER}, {@code FUNCTION}, …). */
    static boolean at(TokenCursor in) {
        return in.peek().kind() == dev.cairn.sql.Token.Kind.WORD && RoutineText.kindOf(in.peek().text()) != null;
    }

    static List<SchemaChange> create(TokenCursor in, Schema.Builder schema) {
        RoutineText.Read read;
        try {
            read = RoutineText.read(in.engine(), in.statement().sql());
        } catch (RoutineText.Unreadable e) {
            throw new dev.cairn.sql.SqlProblem(in.statement().positionAt(e.at()), in.statement().sql(), "syntax error: " + e.getMessage(),
                    "fix the SQL at this position; Cairn reads every migration before it runs it");
        }
        in.rest();
        if (read == null) return null;
        Routine routine = read.routine();
        if (routine.isTrigger()) {
            Table table = schema.table(routine.table()).orElse(null);
            View view = table == null ? schema.view(routine.table()).orElse(null) : null;
            if (table == null && view == null) {
                throw new dev.cairn.sql.SqlProblem(in.statement().positionAt(read.nameAt()), in.statement().sql(),
                        "trigger " + routine.name() + ": table " + routine.table() + " does not exist", "create the table before its trigger");
            }
            routine = routine.withTable(table != null ? table.name() : view.name());
        }
        Routine existing = schema.routine(routine.kind(), routine.table(), routine.name()).orElse(null);
        Changes changes = new Changes(schema);
        if (existing == null) {
            changes.add(new SchemaChange.RoutineCreated(routine));
        } else if (read.ifNotExists()) {
            return List.of();
        } else if (read.orReplace() || routine.kind() == Kind.FUNCTION || routine.kind() == Kind.PROCEDURE) {
            changes.add(new SchemaChange.RoutineReplaced(existing, routine));
        } else {
            throw new dev.cairn.sql.SqlProblem(in.statement().positionAt(read.nameAt()), in.statement().sql(),
                    routine.kind().label() + " " + routine.name() + " already exists", "drop it first, or choose another name");
        }
        return changes.list();
    }

    /** After DROP: {@code TRIGGER [IF EXISTS] name [ON table]}, {@code FUNCTION [IF EXISTS] name [(…)] [, …] [CASCADE]}, … */
    static List<SchemaChange> drop(TokenCursor in, Schema.Builder schema) {
        Kind kind = RoutineText.kindOf(in.next().text());
        in.accept("IF", "EXISTS");
        List<Name> names = new ArrayList<>();
        Name onTable = null;
        do {
            names.add(in.qualifiedName("the " + kind.label() + " name"));
            if (in.peek().isSymbol("(")) in.parenthesized("the parameter types");
        } while (in.accept(","));
        if (in.accept("ON")) onTable = in.qualifiedName("the table name");
        boolean cascade = in.accept("CASCADE");
        in.rest();
        Changes changes = new Changes(schema);
        for (Name n : names) {
            Routine r = find(schema, kind, onTable == null ? null : onTable.text(), n.text());
            if (r == null) continue;
            if (cascade && kind == Kind.FUNCTION) {
                for (Routine trigger : schema.routines().stream().filter(Routine::isTrigger).toList())
                    if (executes(trigger, r.name())) changes.add(new SchemaChange.RoutineDropped(trigger));
            }
            changes.add(new SchemaChange.RoutineDropped(r));
        }
        return changes.list();
    }

    /** After ALTER: {@code TRIGGER name ON table RENAME TO other}, {@code FUNCTION | PROCEDURE name [(…)] RENAME TO other}. */
    static List<SchemaChange> alter(TokenCursor in, Schema.Builder schema) {
        Kind kind = RoutineText.kindOf(in.next().text());
        if (kind == Kind.EXTENSION) return null;
        Name name = in.qualifiedName("the " + kind.label() + " name");
        if (in.peek().isSymbol("(")) in.parenthesized("the parameter types");
        Name onTable = in.accept("ON") ? in.qualifiedName("the table name") : null;
        if (!in.accept("RENAME", "TO")) {
            in.rest();
            return List.of(); // owner, schema, characteristics: nothing the model holds
        }
        Name to = in.qualifiedName("the new name");
        in.rest();
        Routine r = find(schema, kind, onTable == null ? null : onTable.text(), name.text());
        if (r == null) return List.of();
        if (schema.routine(kind, r.table(), to.text()).isPresent()) {
            throw in.problem(to.token(), kind.label() + " " + to.text() + " already exists", "choose another name");
        }
        Changes changes = new Changes(schema);
        changes.add(new SchemaChange.RoutineDropped(r));
        changes.add(new SchemaChange.RoutineCreated(r.withName(to.text())));
        return changes.list();
    }

    private static Routine find(Schema.Builder schema, Kind kind, String table, String name) {
        if (table != null) return schema.routine(kind, table, name).orElse(null);
        List<Routine> named = schema.routinesNamed(kind, name);
        return named.isEmpty() ? null : named.get(0);
    }

    private static boolean executes(Routine trigger, String function) {
        return trigger.definition().contains("EXECUTE FUNCTION " + function + "(");
    }
}
