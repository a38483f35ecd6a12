package dev.cairn.property;

import java.util.List;

/**
 * A column type the generator may declare.
 *
 * @param sql                how it is written in a column definition
 * @param referencingSql     the type a column referencing this one gets (serial → integer)
 * @param keyable            may be part of a primary key, unique key or index
 * @param defaults           default expressions valid for this type anywhere
 * @param createOnlyDefaults defaults valid in CREATE TABLE but not in ADD COLUMN (SQLite: no CURRENT_TIMESTAMP there)
 */
record ColumnType(String sql, String referencingSql, boolean keyable, List<String> defaults, List<String> createOnlyDefaults) {

    static ColumnType of(String sql, boolean keyable, String... defaults) {
        return new ColumnType(sql, sql, keyable, List.of(defaults), List.of());
    }

    ColumnType withCreateOnlyDefaults(String... more) {
        return new ColumnType(sql, referencingSql, keyable, defaults, List.of(more));
    }

    /** The type a referencing column is declared with. */
    ColumnType referencing() {
        return sql.equals(referencingSql) ? this : new ColumnType(referencingSql, referencingSql, keyable, List.of(), List.of());
    }
}
