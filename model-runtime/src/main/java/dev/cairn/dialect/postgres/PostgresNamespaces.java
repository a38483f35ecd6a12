package dev.cairn.dialect.postgres;

import dev.cairn.dialect.Namespaces;
import dev.cairn.dialect.TakenNames;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.Identity;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Names;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * PostgreSQL: tables, views, indexes (a primary key or unique constraint is one), sequences and, for a new table or
 * view, types share one namespace (a table has a row type). A constraint's name is unique among its table's
 * constraints, and a primary key's or unique constraint's also among the relations.
 */
final class PostgresNamespaces implements Namespaces {
    /** A name this long may be a default name cut to 63 bytes (at a character boundary: up to 3 bytes short). */
    private static final int MAY_BE_CUT = 60;
    /**
     * A table name cut to make room for {@code _<column>_seq} keeps at least this many bytes: only the longer of table
     * and column is cut, and the two share the 63 bytes less the label's.
     */
    private static final int MIN_CUT_TABLE = 24;

    @Override
    public String relationHolder(Schema.Builder schema, String name, boolean withTypes) {
        if (schema.table(name).isPresent()) return "table";
        if (schema.view(name).isPresent()) return "view";
        if (schema.sequence(name).isPresent() || mayNameSerialSequence(name) && namesSerialSequence(schema, name)) return "sequence";
        if (withTypes && schema.enumType(name).isPresent()) return "type";
        if (schema.hasPartNamed(name)) {
            for (Table t : schema.tables()) if (holdsIndex(t, name)) return "index";
        }
        return null;
    }

    @Override
    public boolean constraintNameTaken(Schema.Builder schema, Table table, String name, ConstraintKind kind) {
        return constraintNames(table).stream().anyMatch(n -> Names.same(n, name))
                || kind == ConstraintKind.KEY && (Names.same(table.name(), name) || holdsIndex(table, name)
                || otherRelationHolds(schema, table, name));
    }

    @Override
    public Predicate<String> takenByGeneratedNames(Schema.Builder schema, Table table) {
        // the names of relations (ChooseRelationName) and of constraints (ChooseConstraintName): views and sequences too
        Predicate<String> taken = TakenNames.takenInSchema(schema, table);
        return n -> taken.test(n) || schema.view(n).isPresent() || schema.sequence(n).isPresent()
                || mayNameSerialSequence(n) && namesSerialSequence(schema, n);
    }

    /** Only a name with {@code seq} in it (cut names keep the label) can be a serial column's sequence's: the others skip the search. */
    private static boolean mayNameSerialSequence(String name) {
        return name != null && Names.key(name).contains("seq");
    }

    /**
     * Whether {@code name} is the name of the sequence behind a serial column of the schema, found without a pass over
     * the tables (replaying thousands of tables stays linear): a sequence named by default,
     * {@code <table>_<column>_seq}, through its table, a prefix of the name up to an underscore (a lookup per
     * underscore; where the name may have been cut to 63 bytes, the tables whose names start with a long enough
     * prefix, a range of the sorted tables); a sequence named otherwise ({@code seq1} after a clash, the old name after
     * a rename) through the schema's index of the names the tables' options hold.
     */
    private static boolean namesSerialSequence(Schema.Builder schema, String name) {
        if (schema.namesSerialSequenceInOptions(name)) return true;
        String key = Names.key(name);
        boolean mayBeCut = name.getBytes(StandardCharsets.UTF_8).length >= MAY_BE_CUT;
        for (int i = name.indexOf('_'); i > 0; i = name.indexOf('_', i + 1)) {
            String prefix = name.substring(0, i);
            Optional<Table> t = schema.table(prefix);
            if (t.isPresent() && ownsSerialSequence(t.get(), key)) return true;
            if (mayBeCut && prefix.getBytes(StandardCharsets.UTF_8).length >= MIN_CUT_TABLE) {
                for (Table s : schema.tablesStartingWith(prefix)) if (ownsSerialSequence(s, key)) return true;
            }
        }
        return false;
    }

    private static boolean ownsSerialSequence(Table t, String key) {
        for (Column c : t.columns()) {
            if (PostgresNaming.ownsSequence(c) && Names.key(PostgresNaming.serialSequence(t, c.name())).equals(key)) return true;
        }
        return false;
    }

    @Override
    public String indexNameConflict(Schema.Builder schema, Table table, String name) {
        return relationHolder(schema, name, false) == null ? null : "relation " + name + " already exists";
    }

    @Override
    public boolean indexNamesPerTable() {
        return false;
    }

    private static boolean otherRelationHolds(Schema.Builder schema, Table table, String name) {
        if (schema.view(name).isPresent() || schema.sequence(name).isPresent()) return true;
        if (schema.table(name).isPresent()) return true;
        if (!schema.hasPartNamed(name)) return false;
        return schema.tables().stream().anyMatch(t -> !Names.same(t.name(), table.name()) && holdsIndex(t, name));
    }

    /** An index by this name: a declared index, or the index of a primary key or unique constraint. */
    private static boolean holdsIndex(Table t, String name) {
        if (t.index(name).isPresent()) return true;
        if (t.primaryKey() != null && Names.same(t.primaryKey().name(), name)) return true;
        return t.uniqueConstraints().stream().anyMatch(u -> Names.same(u.name(), name));
    }

    private static List<String> constraintNames(Table t) {
        List<String> names = new ArrayList<>();
        if (t.primaryKey() != null) names.add(t.primaryKey().name());
        for (UniqueConstraint u : t.uniqueConstraints()) names.add(u.name());
        for (CheckConstraint c : t.checks()) names.add(c.name());
        for (ForeignKey f : t.foreignKeys()) names.add(f.name());
        return names;
    }
}
