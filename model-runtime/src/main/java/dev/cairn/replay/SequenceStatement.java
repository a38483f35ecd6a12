package dev.cairn.replay;

import dev.cairn.replay.TokenCursor.Name;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Sequence;
import dev.cairn.sql.Token;
import dev.cairn.sql.Token.Kind;

import java.util.List;

/**
 * {@code CREATE SEQUENCE [IF NOT EXISTS] name [AS type] [INCREMENT [BY] n] [START [WITH] n] …} (PostgreSQL and MariaDB,
 * whose {@code ENGINE=…} JSqlParser rejects) and {@code ALTER SEQUENCE name RENAME TO other | INCREMENT BY n | …}.
 * The model keeps the start and the step, each null when it is the engine's default (start 1 ascending, -1
 * descending; step 1), as introspection reports them.
 */
final class SequenceStatement {
    private SequenceStatement() {
    }

    static List<SchemaChange> create(TokenCursor in, Schema.Builder schema) {
        boolean ifNotExists = in.accept("IF", "NOT", "EXISTS");
        Name name = in.qualifiedName("the sequence name");
        if (in.engine().namespaces().relationHolder(schema, name.text(), false) != null) {
            if (ifNotExists) {
                in.rest();
                return List.of();
            }
            throw in.problem(name.token(), "sequence " + name.text() + " already exists", "choose another name");
        }
        Options o = options(in, null, null);
        Changes changes = new Changes(schema);
        changes.add(new SchemaChange.SequenceCreated(normalized(name.text(), o.start, o.increment)));
        return changes.list();
    }

    static List<SchemaChange> alter(TokenCursor in, Schema.Builder schema) {
        boolean ifExists = in.accept("IF", "EXISTS");
        Name name = in.qualifiedName("the sequence name");
        Sequence s = schema.sequence(name.text()).orElse(null);
        if (s == null) {
            if (ifExists) {
                in.rest();
                return List.of();
            }
            throw in.problem(name.token(), "sequence " + name.text() + " does not exist", "check the sequence name");
        }
        Changes changes = new Changes(schema);
        if (in.accept("RENAME", "TO")) {
            Name to = in.qualifiedName("the new sequence name");
            if (schema.sequence(to.text()).isPresent() || schema.table(to.text()).isPresent()) {
                throw in.problem(to.token(), "relation " + to.text() + " already exists", "choose another name");
            }
            changes.add(new SchemaChange.SequenceDropped(s));
            changes.add(new SchemaChange.SequenceCreated(new Sequence(to.text(), s.start(), s.increment())));
            return changes.list();
        }
        long oldIncrement = s.increment() == null ? 1 : s.increment();
        Options o = options(in, s.start() == null ? (oldIncrement > 0 ? 1L : -1L) : s.start(), oldIncrement);
        Sequence after = normalized(s.name(), o.start, o.increment);
        if (!after.equals(s)) {
            changes.add(new SchemaChange.SequenceDropped(s));
            changes.add(new SchemaChange.SequenceCreated(after));
        }
        return changes.list();
    }

    private record Options(Long start, Long increment) {
    }

    private static Options options(TokenCursor in, Long start, Long increment) {
        while (!in.atEnd()) {
            if (in.accept("START")) {
                in.accept("WITH");
                in.accept("=");
                start = number(in);
            } else if (in.accept("INCREMENT")) {
                if (!in.accept("BY")) in.accept("=");
                increment = number(in);
            } else if (in.accept("RESTART")) {
                in.accept("WITH");
                if (in.peek().kind() == Kind.NUMBER || in.peek().isSymbol("-")) number(in);
            } else if (in.peek().isSymbol("(")) {
                in.parenthesized("the sequence option");
            } else {
                in.next(); // AS type, MINVALUE, MAXVALUE, CACHE, CYCLE, OWNED BY, ENGINE=…: not modelled
            }
        }
        return new Options(start, increment);
    }

    private static long number(TokenCursor in) {
        boolean negative = in.accept("-");
        in.accept("+");
        Token t = in.peek();
        if (t.kind() != Kind.NUMBER) throw in.unexpected("expected a number");
        in.next();
        return negative ? -Long.parseLong(t.text()) : Long.parseLong(t.text());
    }

    static Sequence normalized(String name, Long start, Long increment) {
        long step = increment == null ? 1 : increment;
        long defaultStart = step > 0 ? 1 : -1;
        return new Sequence(name, start == null || start == defaultStart ? null : start, step == 1 ? null : step);
    }
}
