package dev.cairn.replay;

import dev.cairn.replay.TokenCursor.Name;
import dev.cairn.schema.Column;
import dev.cairn.schema.Deferral;
import dev.cairn.schema.ForeignKeyAction;
import dev.cairn.schema.IndexKey;
import dev.cairn.sql.Token;

import java.util.List;

/** What a column definition or a table constraint says, before engine naming and checks turn it into model parts. */
final class TableElements {
    private TableElements() {
    }

    /** A column definition with its inline constraints. */
    /** @param sequence the sequence an identity column's {@code (SEQUENCE NAME s)} names, or null */
    record ColumnDefinition(Name name, Column column, List<Constraint> inline, Placement placement, String sequence) {
    }

    /** MySQL's {@code FIRST} / {@code AFTER col} in ADD/MODIFY/CHANGE COLUMN; null when at the end or unchanged. */
    record Placement(boolean first, Name after) {
    }

    /** A reference to another table's columns; {@code columns} empty means that table's primary key. */
    record Reference(Name table, List<Name> columns, ForeignKeyAction onDelete, ForeignKeyAction onUpdate, Deferral deferral) {
    }

    sealed interface Constraint {
        /** The written name, or null. */
        Name name();
    }

    record PrimaryKeyDef(Name name, List<Name> columns, Deferral deferral, List<Name> include) implements Constraint {
    }

    record UniqueDef(Name name, List<Name> columns, Deferral deferral, List<Name> include) implements Constraint {
    }

    record CheckDef(Name name, String expression, dev.cairn.sql.Token at) implements Constraint {
    }

    record ForeignKeyDef(Name name, List<Name> columns, Reference reference) implements Constraint {
    }

    /** A MySQL index declared inside CREATE TABLE / ADD (INDEX, KEY, FULLTEXT, SPATIAL). */
    record IndexDef(Name name, boolean unique, List<IndexKey> keys, List<Name> keyTokens, String method) implements Constraint {
    }
}
