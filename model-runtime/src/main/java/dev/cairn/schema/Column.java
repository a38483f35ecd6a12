package dev.cairn.schema;

import java.util.Objects;

/**
 * A table column.
 *
 * @param defaultExpression   the default as canonical SQL text (see the dialect's expression canonicalizer), or null
 * @param generatedExpression the expression of a generated (computed) column, or null
 * @param generatedStored     whether a generated column is STORED (false: VIRTUAL)
 * @param charset             explicit character set (MySQL, MariaDB: {@code CHARACTER SET latin1}, and the utf8mb3 of
 *                            {@code NCHAR}/{@code NVARCHAR}), lower-case, or null: the table's
 * @param collation           explicit collation, or null (MySQL, MariaDB: the character set's default collation, or the
 *                            table's)
 * @param comment             the column comment, or null
 */
public record Column(String name, SqlType type, boolean nullable, String defaultExpression, Identity identity,
                     String generatedExpression, boolean generatedStored, String charset, String collation, String comment) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        identity = identity == null ? Identity.NONE : identity;
    }

    /** A column without an explicit character set. */
    public Column(String name, SqlType type, boolean nullable, String defaultExpression, Identity identity,
                  String generatedExpression, boolean generatedStored, String collation, String comment) {
        this(name, type, nullable, defaultExpression, identity, generatedExpression, generatedStored, null, collation, comment);
    }

    public static Column of(String name, SqlType type, boolean nullable) {
        return new Column(name, type, nullable, null, Identity.NONE, null, false, null, null);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultExpression, identity, generatedExpression, generatedStored, charset, collation, comment);
    }

    public Column withType(SqlType newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, generatedExpression, generatedStored, charset, collation, comment);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpression, identity, generatedExpression, generatedStored, charset, collation, comment);
    }

    public Column withDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, identity, generatedExpression, generatedStored, charset, collation, comment);
    }

    public Column withIdentity(Identity newIdentity) {
        return new Column(name, type, nullable, defaultExpression, newIdentity, generatedExpression, generatedStored, charset, collation, comment);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, generatedStored, charset, collation, newComment);
    }

    public Column withCollation(String newCollation) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, generatedStored, charset, newCollation, comment);
    }

    public Column withCharset(String newCharset) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, generatedStored, newCharset, collation, comment);
    }

    public Column withGenerated(String expression, boolean stored) {
        return new Column(name, type, nullable, defaultExpression, identity, expression, stored, charset, collation, comment);
    }
}
