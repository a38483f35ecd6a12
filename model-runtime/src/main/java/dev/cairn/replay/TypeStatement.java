package dev.cairn.replay;

import dev.cairn.replay.TokenCursor.Name;
import dev.cairn.schema.EnumType;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.sql.Token;
import dev.cairn.sql.Token.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL enum types: {@code CREATE TYPE name AS ENUM ('a', …)} and {@code ALTER TYPE name ADD VALUE [IF NOT EXISTS]
 * 'x' [BEFORE | AFTER 'y']}, {@code RENAME VALUE 'a' TO 'b'}. Other kinds of type (composite, range) are not modelled.
 */
final class TypeStatement {
    private TypeStatement() {
    }

    /** Reads after {@code CREATE TYPE}; null when the type is not an enum (an opaque step). */
    static List<SchemaChange> create(TokenCursor in, Schema.Builder schema) {
        Name name = in.qualifiedName("the type name");
        if (!in.accept("AS", "ENUM")) {
            in.rest();
            return null;
        }
        // a table or view has a row type by its name
        if (schema.enumType(name.text()).isPresent() || schema.table(name.text()).isPresent() || schema.view(name.text()).isPresent()) {
            throw in.problem(name.token(), "type " + name.text() + " already exists", "choose another type name");
        }
        in.expect("(");
        List<String> values = new ArrayList<>();
        DefinitionReader reader = new DefinitionReader(in.engine());
        if (!in.at(")")) {
            do {
                Token t = in.peek();
                if (t.kind() != Kind.STRING) throw in.unexpected("expected an enum label as a quoted string");
                String label = reader.decodeString(in.next().text());
                if (values.contains(label)) throw in.problem(t, "enum label " + label + " is listed twice", "remove one of them");
                values.add(label);
            } while (in.accept(","));
        }
        in.expect(")");
        in.expectEnd();
        Changes changes = new Changes(schema);
        changes.add(new SchemaChange.EnumTypeCreated(new EnumType(name.text(), values, null)));
        return changes.list();
    }

    /** Reads after {@code ALTER TYPE}; null when the type is not a modelled enum. */
    static List<SchemaChange> alter(TokenCursor in, Schema.Builder schema) {
        Name name = in.qualifiedName("the type name");
        EnumType e = schema.enumType(name.text()).orElse(null);
        if (e == null) {
            in.rest();
            return null;
        }
        DefinitionReader reader = new DefinitionReader(in.engine());
        List<String> values = new ArrayList<>(e.values());
        String newName = e.name();
        if (in.accept("ADD", "VALUE")) {
            boolean ifNotExists = in.accept("IF", "NOT", "EXISTS");
            Token t = in.peek();
            if (t.kind() != Kind.STRING) throw in.unexpected("expected the new label as a quoted string");
            String label = reader.decodeString(in.next().text());
            if (values.contains(label)) {
                if (ifNotExists) return List.of();
                throw in.problem(t, "enum label " + label + " already exists", "choose another label");
            }
            int at = values.size();
            if (in.accept("BEFORE") || in.accept("AFTER")) {
                boolean before = in.statement().sql().substring(0, in.peek().start()).stripTrailing().toUpperCase().endsWith("BEFORE");
                Token anchor = in.next();
                int k = values.indexOf(reader.decodeString(anchor.text()));
                if (k < 0) throw in.problem(anchor, "enum label " + anchor.text() + " does not exist", "check the label");
                at = before ? k : k + 1;
            }
            values.add(at, label);
        } else if (in.accept("RENAME", "VALUE")) {
            Token from = in.next();
            in.expect("TO");
            Token to = in.next();
            int k = values.indexOf(reader.decodeString(from.text()));
            if (k < 0) throw in.problem(from, "enum label " + from.text() + " does not exist", "check the label");
            values.set(k, reader.decodeString(to.text()));
        } else if (in.accept("RENAME", "TO")) {
            newName = in.qualifiedName("the new type name").text();
        } else {
            in.rest();
            return List.of();
        }
        in.expectEnd();
        Changes changes = new Changes(schema);
        EnumType after = new EnumType(newName, values, e.comment());
        if (!newName.equals(e.name())) {
            changes.add(new SchemaChange.EnumTypeDropped(e));
            changes.add(new SchemaChange.EnumTypeCreated(after));
        } else {
            changes.add(new SchemaChange.EnumTypeAltered(e, after));
        }
        return changes.list();
    }
}
