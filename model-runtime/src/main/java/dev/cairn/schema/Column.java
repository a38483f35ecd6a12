package dev.cairn.schema;

import java.util.Objects;

/**
 * A table column.
 *
 * @param defaultExpression   the default as canonical SQL text (see the dialect's expression canonicalizer), or null
 * @param generatedExpression the expression of a generated (computed) column, or null
 * @param generatedStored     whether a generated column is STORED (false: VIRTUAL)
 * @param collation           explicit collation, or null
 * @param comment             the column comment, or null
 */
public record Column(String name, SqlType type, boolean nullable, String defaultExpression, Identity identity,
                     String generatedExpression, boolean generatedStored, String collation, String comment) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        identity = identity == null ? Identity.NONE : identity;
    }

    public static Column of(String name, SqlType type, boolean nullable) {
        return new Column(name, type, nullable, null, Identity.NONE, null, false, null, null);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultExpression, identity, generatedExpression, generatedStored, collation, comment);
    }

    public Column withType(SqlType newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, generatedExpression, generatedStored, collation, comment);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpression, identity, generatedExpression, generatedStored, collation, comment);
    }

    public Column withDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, identity, generatedExpression, generatedStored, collation, comment);
    }

    public Column withIdentity(Identity newIdentity) {
        return new Column(name, type, nullable, defaultExpression, newIdentity, generatedExpression, generatedStored, collation, comment);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, generatedStored, collation, newComment);
    }

    public Column withCollation(String newCollation) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, generatedStored, newCollation, comment);
    }

    public Column withGenerated(String expression, boolean stored) {
        return new Column(name, type, nullable, defaultExpression, identity, expression, stored, collation, comment);
    }
}
