package dev.cairn.replay;

import dev.cairn.dialect.SequenceDefaults;
import dev.cairn.dialect.SequenceDefaults.Options;
import dev.cairn.replay.TokenCursor.Name;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Sequence;
import dev.cairn.sql.Token;
import dev.cairn.sql.Token.Kind;

import java.util.List;

/**
 * {@code CREATE SEQUENCE [IF NOT EXISTS] name [AS type] [INCREMENT [BY] n] [MINVALUE n | NO MINVALUE] [MAXVALUE n |
 * NO MAXVALUE] [START [WITH] n] [CACHE n | NOCACHE] [[NO] CYCLE | NOCYCLE] …} (PostgreSQL and MariaDB, whose
 * {@code ENGINE=…} JSqlParser rejects) and {@code ALTER SEQUENCE name RENAME TO other | INCREMENT BY n | …}.
 * The model keeps every option, each null when it is the engine's default ({@link SequenceDefaults}), as
 * introspection reports them.
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
        SequenceDefaults defaults = in.engine().ddl().sequenceDefaults();
        Written o = options(in, defaults);
        Changes changes = new Changes(schema);
        changes.add(new SchemaChange.SequenceCreated(defaults.sequence(name.text(), o.options())));
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
            changes.add(new SchemaChange.SequenceCreated(s.withName(to.text())));
            return changes.list();
        }
        SequenceDefaults defaults = in.engine().ddl().sequenceDefaults();
        Written written = options(in, defaults);
        Options old = defaults.options(s);
        // a new type moves the bounds that were the old type's defaults (PostgreSQL); NO MINVALUE/MAXVALUE: the default
        boolean newType = written.options().type() != null;
        Options o = old.then(written.options());
        o = new Options(o.type(), o.start(), o.increment(), written.noMin() || newType && s.minValue() == null && written.options().min() == null ? null : o.min(),
                written.noMax() || newType && s.maxValue() == null && written.options().max() == null ? null : o.max(), o.cache(), o.cycle());
        Sequence after = defaults.sequence(s.name(), o);
        if (!after.equals(s)) {
            changes.add(new SchemaChange.SequenceDropped(s));
            changes.add(new SchemaChange.SequenceCreated(after));
        }
        return changes.list();
    }

    /** The options a statement writes, and whether it asks for the default bounds ({@code NO MINVALUE}, {@code NO MAXVALUE}). */
    private record Written(Options options, boolean noMin, boolean noMax) {
    }

    private static Written options(TokenCursor in, SequenceDefaults defaults) {
        String type = null;
        Long start = null;
        Long increment = null;
        Long min = null;
        Long max = null;
        Long cache = null;
        Boolean cycle = null;
        boolean noMin = false;
        boolean noMax = false;
        while (!in.atEnd()) {
            if (in.accept("AS")) {
                Token t = in.next();
                type = defaults.canonicalType(t.text());
                if (type == null) throw in.problem(t, "a sequence cannot be of type " + t.text(), "use smallint, integer or bigint");
            } else if (in.accept("START")) {
                if (!in.accept("WITH")) in.accept("=");
                start = number(in);
            } else if (in.accept("INCREMENT")) {
                if (!in.accept("BY")) in.accept("=");
                increment = number(in);
            } else if (in.accept("MINVALUE")) {
                in.accept("=");
                min = number(in);
                noMin = false;
            } else if (in.accept("MAXVALUE")) {
                in.accept("=");
                max = number(in);
                noMax = false;
            } else if (in.accept("NO", "MINVALUE") || in.accept("NOMINVALUE")) {
                min = null;
                noMin = true;
            } else if (in.accept("NO", "MAXVALUE") || in.accept("NOMAXVALUE")) {
                max = null;
                noMax = true;
            } else if (in.accept("CACHE")) {
                in.accept("=");
                cache = number(in);
            } else if (in.accept("NOCACHE")) {
                cache = 0L;
            } else if (in.accept("NO", "CYCLE") || in.accept("NOCYCLE")) {
                cycle = false;
            } else if (in.accept("CYCLE")) {
                cycle = true;
            } else if (in.accept("RESTART")) {
                if (!in.accept("WITH")) in.accept("=");
                if (in.peek().kind() == Kind.NUMBER || in.peek().isSymbol("-")) number(in);
            } else if (in.peek().isSymbol("(")) {
                in.parenthesized("the sequence option");
            } else {
                in.next(); // OWNED BY, ENGINE=…: not modelled
            }
        }
        return new Written(new Options(type, start, increment, min, max, cache, cycle), noMin, noMax);
    }

    private static long number(TokenCursor in) {
        boolean negative = in.accept("-");
        in.accept("+");
        Token t = in.peek();
        if (t.kind() != Kind.NUMBER) throw in.unexpected("expected a number");
        in.next();
        return negative ? -Long.parseLong(t.text()) : Long.parseLong(t.text());
    }
}
