package dev.cairn.dialect;

import dev.cairn.schema.Table;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The names the engine gives constraints and indexes written without one, so that the model holds what the engine's
 * catalog will report (null where the catalog reports none: SQLite's unnamed constraints). {@code taken} tells the
 * names already in use where the engine wants the new one unique ({@link Namespaces#takenByGeneratedNames}).
 */
public interface ConstraintNaming {

    /**
     * A primary key's name: the written one (null if none) or the engine's: PostgreSQL {@code <table>_pkey}; MySQL
     * and MariaDB always {@code PRIMARY}, whatever is written; SQLite none. PostgreSQL's own name is one not
     * {@code taken} ({@code jobs_pkey1} when a renamed table's key still holds {@code jobs_pkey}).
     */
    String primaryKey(String table, String written, Predicate<String> taken);

    /** An unnamed unique constraint's or unique index's name. */
    String unique(String table, List<String> columns, Predicate<String> taken);

    /** An unnamed index's name; {@code keyNames} are its column names (or words for its expressions). */
    String index(String table, List<String> keyNames, Predicate<String> taken);

    /** An unnamed foreign key's name, on {@code table} as it stands before the key is added. */
    String foreignKey(Table table, List<String> columns, Predicate<String> taken);

    /**
     * An unnamed CHECK constraint's name. {@code column} is the column a column-level check is written on (null for
     * a table check); {@code referenced} the columns its condition names.
     */
    String check(Table table, String column, Set<String> referenced, Predicate<String> taken);

    /**
     * The renamed table with the constraint names that follow the table's name renamed too (MySQL's {@code <table>_ibfk_<n>}),
     * and on PostgreSQL the names of its serial columns' sequences, which keep the old table's name.
     */
    Table afterTableRename(Table renamed, String oldName);

    /** The table after a column rename: PostgreSQL's serial sequence keeps the old column's name. Elsewhere unchanged. */
    Table afterColumnRename(Table renamed, String oldColumn, String newColumn);

    /**
     * The table with the names of the sequences the engine made for the serial columns a statement added ({@code before}
     * the table as it was, without columns when created), each a name not {@code taken}: PostgreSQL's
     * {@code <table>_<column>_seq}, or {@code …_seq1} where that is taken (kept as {@link Table#serialSequenceOption}).
     * Elsewhere unchanged.
     */
    Table afterColumnsAdded(Table before, Table after, Predicate<String> taken);
}
