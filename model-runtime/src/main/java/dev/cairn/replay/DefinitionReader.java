package dev.cairn.replay;

import dev.cairn.dialect.DdlRules;
import dev.cairn.dialect.Engine;
import dev.cairn.dialect.KeyRules;
import dev.cairn.replay.TableElements.CheckDef;
import dev.cairn.replay.TableElements.ColumnDefinition;
import dev.cairn.replay.TableElements.Constraint;
import dev.cairn.replay.TableElements.ForeignKeyDef;
import dev.cairn.replay.TableElements.IndexDef;
import dev.cairn.replay.TableElements.Placement;
import dev.cairn.replay.TableElements.PrimaryKeyDef;
import dev.cairn.replay.TableElements.Reference;
import dev.cairn.replay.TableElements.UniqueDef;
import dev.cairn.replay.TokenCursor.Name;
import dev.cairn.replay.TokenCursor.Span;
import dev.cairn.schema.Column;
import dev.cairn.schema.Deferral;
import dev.cairn.schema.ForeignKeyAction;
import dev.cairn.schema.Identity;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.SqlType;
import dev.cairn.sql.SqlLexer;
import dev.cairn.sql.SqlLiterals;
import dev.cairn.sql.Token;
import dev.cairn.sql.Token.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads column definitions and table constraints, the parts CREATE TABLE and ALTER TABLE share. */
final class DefinitionReader {
    /** Words that end a column's type and start its constraints. */
    private static final Set<String> COLUMN_OPTION_WORDS = Set.of("CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK",
            "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS", "AUTO_INCREMENT", "AUTOINCREMENT", "COMMENT", "ON", "KEY",
            "CHARSET", "INVISIBLE", "VISIBLE", "COLUMN_FORMAT", "STORAGE", "FIRST", "AFTER", "USING", "IDENTITY", "ENCODE");
    /** Where a DEFAULT expression ends. */
    private static final Set<String> AFTER_DEFAULT = Set.of("CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK",
            "COLLATE", "REFERENCES", "GENERATED", "AUTO_INCREMENT", "AUTOINCREMENT", "COMMENT", "ON", "KEY", "CHARSET",
            "INVISIBLE", "VISIBLE", "FIRST", "AFTER", "STORED", "VIRTUAL");
    /** The first words of the national character types ({@code NCHAR}, {@code NVARCHAR}, {@code NATIONAL VARCHAR}). */
    private static final Set<String> NATIONAL_TYPES = Set.of("NCHAR", "NVARCHAR", "NATIONAL");
    static final Set<String> CONSTRAINT_STARTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "KEY", "INDEX",
            "FULLTEXT", "SPATIAL", "EXCLUDE");

    private final Engine engine;
    private final DdlRules ddl;
    private final KeyRules keyRules;

    DefinitionReader(Engine engine) {
        this.engine = engine;
        this.ddl = engine.ddl();
        this.keyRules = engine.keys();
    }

    boolean atTableConstraint(TokenCursor in) {
        Token t = in.peek();
        if (t.kind() != Kind.WORD || !CONSTRAINT_STARTS.contains(t.upper())) return false;
        // where they do not declare an index, these words can name a column
        return keyRules.indexesInCreateTable() || !(t.is("KEY") || t.is("INDEX") || t.is("FULLTEXT") || t.is("SPATIAL"));
    }

    ColumnDefinition column(TokenCursor in) {
        Name name = in.name("a column name");
        Token typeStart = in.peek();
        Token typeEnd = null;
        int depth = 0;
        while (true) {
            Token t = in.peek();
            if (t.kind() == Kind.END || depth == 0 && (t.isSymbol(",") || t.isSymbol(")") || t.isSymbol(";"))) break;
            if (depth == 0 && t.kind() == Kind.WORD && COLUMN_OPTION_WORDS.contains(t.upper())) break;
            if (depth == 0 && t.is("CHARACTER") && in.peek(1).is("SET")) break;
            if (t.isSymbol("(") || t.isSymbol("[")) depth++;
            if (t.isSymbol(")") || t.isSymbol("]")) depth--;
            typeEnd = in.next();
        }
        String typeText = typeEnd == null ? "" : in.statement().sql().substring(typeStart.start(), typeEnd.end());
        SqlType type = engine.types().parse(typeText);
        boolean serial = ddl.isAutoIncrementType(typeText);
        boolean nullable = true;
        String defaultExpression = null;
        Identity identity = serial ? Identity.AUTO_INCREMENT : Identity.NONE;
        String generated = null;
        boolean stored = false;
        String charset = null;
        String collation = null;
        String comment = null;
        List<Constraint> inline = new ArrayList<>();
        Placement placement = null;
        Name constraintName = null;
        String sequence = null;
        List<Name> self = List.of(name);
        while (!in.atEndOfElement()) {
            Token t = in.peek();
            if (in.accept("CONSTRAINT")) {
                constraintName = in.atName() && !CONSTRAINT_STARTS.contains(in.peek().upper()) && !in.peek().is("NOT")
                        && !in.peek().is("NULL") && !in.peek().is("DEFAULT") && !in.peek().is("REFERENCES") ? in.name("a constraint name") : null;
                continue;
            } else if (in.accept("PRIMARY", "KEY") || ddl.inlineKeyIsPrimaryKey() && in.accept("KEY")) {
                in.accept("ASC");
                in.accept("DESC");
                conflictClause(in);
                inline.add(new PrimaryKeyDef(constraintName, self, deferral(in), List.of()));
                if (in.accept("AUTOINCREMENT")) identity = Identity.AUTO_INCREMENT;
            } else if (in.accept("NOT", "NULL")) {
                nullable = false;
                conflictClause(in);
            } else if (in.accept("NULL")) {
                nullable = true;
            } else if (in.accept("UNIQUE")) {
                if (!in.accept("KEY")) in.accept("INDEX");
                conflictClause(in);
                inline.add(new UniqueDef(constraintName, self, deferral(in), List.of()));
            } else if (in.accept("CHECK")) {
                Span check = in.parenthesized("the CHECK condition");
                inline.add(new CheckDef(constraintName, engine.expressions().canonical(check.text()), t));
                in.accept("NOT", "ENFORCED");
                in.accept("ENFORCED");
            } else if (in.accept("DEFAULT")) {
                Span value = in.until(AFTER_DEFAULT);
                if (value == null) throw in.unexpected("expected the default value");
                defaultExpression = value.text().equalsIgnoreCase("NULL") ? null : engine.expressions().canonicalDefault(value.text(), type);
            } else if (in.accept("COLLATE")) {
                collation = in.name("a collation").text();
                if (collation.equalsIgnoreCase("default")) collation = null;
            } else if (in.at("REFERENCES")) {
                Reference r = reference(in);
                if (ddl.inlineReferencesMakeForeignKeys()) inline.add(new ForeignKeyDef(constraintName, self, r));
            } else if (in.accept("GENERATED")) {
                if (in.accept("ALWAYS")) {
                    in.expect("AS");
                    if (in.accept("IDENTITY")) {
                        identity = Identity.ALWAYS;
                        nullable = false;
                        sequence = identitySequence(in);
                    } else {
                        generated = engine.expressions().canonical(in.parenthesized("the generated expression").text());
                        stored = storage(in, ddl.generatedColumnsStoredByDefault());
                    }
                } else {
                    in.expect("BY", "DEFAULT");
                    in.accept("ON", "NULL");
                    in.expect("AS", "IDENTITY");
                    identity = Identity.BY_DEFAULT;
                    nullable = false;
                    sequence = identitySequence(in);
                }
            } else if (in.accept("AS")) {
                generated = engine.expressions().canonical(in.parenthesized("the generated expression").text());
                stored = storage(in, false);
            } else if (in.accept("AUTO_INCREMENT") || in.accept("AUTOINCREMENT")) {
                identity = Identity.AUTO_INCREMENT;
            } else if (in.accept("COMMENT")) {
                comment = noneIfEmpty(stringValue(in, "the comment")); // MySQL and MariaDB: COMMENT '' is no comment
            } else if (in.accept("ON", "UPDATE")) {
                in.until(AFTER_DEFAULT); // MySQL ON UPDATE CURRENT_TIMESTAMP is not modelled
            } else if (in.accept("CHARACTER", "SET") || in.accept("CHARSET")) {
                charset = in.name("a character set").text().toLowerCase(Locale.ROOT);
            } else if (in.accept("INVISIBLE") || in.accept("VISIBLE")) {
                // MySQL column visibility is not modelled
            } else if (in.accept("COLUMN_FORMAT") || in.accept("STORAGE")) {
                in.next();
            } else if (in.accept("FIRST")) {
                placement = new Placement(true, null);
            } else if (in.accept("AFTER")) {
                placement = new Placement(false, in.name("a column name"));
            } else {
                Token odd = in.peek();
                if (odd.isName() && in.peek(1).isName()) {
                    throw in.problem(odd, "syntax error near '" + odd.text() + "': a column option was expected; '" + odd.text() + " "
                            + in.peek(1).text() + "' looks like the next column definition, after a missing comma",
                            "add the comma before " + odd.text() + " (or correct the column option)");
                }
                throw in.unexpected("expected a column option such as NOT NULL, DEFAULT, PRIMARY KEY, UNIQUE, CHECK or REFERENCES");
            }
            constraintName = null;
        }
        if (identity == Identity.AUTO_INCREMENT && serial) nullable = false;
        if (charset == null && ddl.nationalCharset() != null && NATIONAL_TYPES.contains(typeStart.upper())) charset = ddl.nationalCharset();
        Column column = new Column(name.text(), type, nullable, defaultExpression, identity, generated, stored, charset, collation, comment);
        return new ColumnDefinition(name, column, inline, placement, sequence);
    }

    /** An identity column's options, {@code (START WITH 1 SEQUENCE NAME s …)}: the sequence's name if they give one, else null. */
    private static String identitySequence(TokenCursor in) {
        if (!in.peek().isSymbol("(")) return null;
        in.next();
        String sequence = null;
        for (int depth = 1; depth > 0; ) {
            if (in.atEnd()) throw in.unexpected("expected ) after the identity options");
            if (in.accept("SEQUENCE", "NAME")) {
                String[] parts = in.qualifiedName("the sequence name").text().split("\\.");
                sequence = parts[parts.length - 1];
                continue;
            }
            Token t = in.next();
            if (t.isSymbol("(")) depth++;
            if (t.isSymbol(")")) depth--;
        }
        return sequence;
    }

    private boolean storage(TokenCursor in, boolean defaultStored) {
        if (in.accept("STORED") || in.accept("PERSISTENT")) return true;
        if (in.accept("VIRTUAL")) return false;
        return defaultStored;
    }

    /** SQLite's {@code ON CONFLICT …} after a constraint does not change the schema's shape. */
    private static void conflictClause(TokenCursor in) {
        if (in.accept("ON", "CONFLICT")) in.next();
    }

    Reference reference(TokenCursor in) {
        in.expect("REFERENCES");
        Name table = in.qualifiedName("the referenced table");
        List<Name> columns = in.peek().isSymbol("(") ? in.nameList("a referenced column") : List.of();
        ForeignKeyAction onDelete = null, onUpdate = null;
        DeferralClause deferral = new DeferralClause();
        while (true) {
            if (in.accept("ON", "DELETE")) onDelete = action(in);
            else if (in.accept("ON", "UPDATE")) onUpdate = action(in);
            else if (in.accept("MATCH")) in.next();
            else if (!deferral.read(in)) break;
        }
        if (keyRules.restrictIsNoAction()) {
            if (onDelete == ForeignKeyAction.RESTRICT) onDelete = ForeignKeyAction.NO_ACTION;
            if (onUpdate == ForeignKeyAction.RESTRICT) onUpdate = ForeignKeyAction.NO_ACTION;
        }
        return new Reference(table, columns, onDelete, onUpdate, keyRules.keepsDeferral() ? deferral.result(in) : Deferral.NOT_DEFERRABLE);
    }

    /**
     * {@code [NOT] DEFERRABLE [INITIALLY IMMEDIATE | DEFERRED]} after a primary key or unique constraint, where the
     * engine keeps it (elsewhere the words stay unread, and the statement is refused as the engine refuses it).
     */
    private Deferral deferral(TokenCursor in) {
        if (!keyRules.keepsDeferral()) return Deferral.NOT_DEFERRABLE;
        DeferralClause clause = new DeferralClause();
        while (clause.read(in)) {
            // either part may come first
        }
        return clause.result(in);
    }

    /** The parts of a deferral clause as they are read; {@code INITIALLY DEFERRED} alone implies DEFERRABLE, as PostgreSQL has it. */
    private static final class DeferralClause {
        private Boolean deferrable;
        private Boolean initiallyDeferred;
        private Token at;

        boolean read(TokenCursor in) {
            Token t = in.peek();
            if (in.accept("NOT", "DEFERRABLE")) deferrable = false;
            else if (in.accept("DEFERRABLE")) deferrable = true;
            else if (in.accept("INITIALLY", "DEFERRED")) initiallyDeferred = true;
            else if (in.accept("INITIALLY", "IMMEDIATE")) initiallyDeferred = false;
            else return false;
            if (at == null) at = t;
            return true;
        }

        Deferral result(TokenCursor in) {
            boolean deferred = Boolean.TRUE.equals(initiallyDeferred);
            if (deferred && Boolean.FALSE.equals(deferrable)) {
                throw in.problem(at, "constraint declared INITIALLY DEFERRED must be DEFERRABLE", "write DEFERRABLE INITIALLY DEFERRED, or leave INITIALLY DEFERRED out");
            }
            return Deferral.of(deferred || Boolean.TRUE.equals(deferrable), deferred);
        }
    }

    private static ForeignKeyAction action(TokenCursor in) {
        if (in.accept("CASCADE")) return ForeignKeyAction.CASCADE;
        if (in.accept("RESTRICT")) return ForeignKeyAction.RESTRICT;
        if (in.accept("NO", "ACTION")) return ForeignKeyAction.NO_ACTION;
        if (in.accept("SET", "NULL")) return ForeignKeyAction.SET_NULL;
        if (in.accept("SET", "DEFAULT")) return ForeignKeyAction.SET_DEFAULT;
        throw in.unexpected("expected CASCADE, RESTRICT, NO ACTION, SET NULL or SET DEFAULT");
    }

    /** A table constraint: {@code [CONSTRAINT name] PRIMARY KEY | UNIQUE | FOREIGN KEY | CHECK …}, or a MySQL index. */
    Constraint constraint(TokenCursor in) {
        Name name = null;
        if (in.accept("CONSTRAINT")) {
            if (!in.at("PRIMARY") && !in.at("UNIQUE") && !in.at("FOREIGN") && !in.at("CHECK")) name = in.name("a constraint name");
        }
        Token at = in.peek();
        if (in.accept("PRIMARY", "KEY")) {
            if (in.atName() && !in.at("USING")) in.name("an index name"); // MySQL allows a (ignored) name
            skipIndexType(in);
            List<Name> columns = in.nameList("a key column");
            skipIndexOptions(in);
            conflictClause(in);
            List<Name> include = indexParameters(in);
            return new PrimaryKeyDef(name, columns, deferral(in), include);
        }
        if (in.accept("UNIQUE")) {
            if (!in.accept("KEY")) in.accept("INDEX");
            Name indexName = in.atName() && !in.at("USING") ? in.name("an index name") : null;
            skipIndexType(in);
            Name chosen = keyRules.uniqueIndexesAreConstraints() && indexName != null ? indexName : name != null ? name : indexName;
            if (keyRules.uniqueIndexesAreConstraints()) {
                List<IndexKey> keys = keys(in);
                skipIndexOptions(in);
                // a unique constraint's columns have no direction: a key with a DESC part is a unique index
                if (keys.stream().anyMatch(IndexKey::descending)) return new IndexDef(chosen, true, keys, List.of(), null);
                return new UniqueDef(chosen, keys.stream().map(k -> new Name(k.isColumn() ? k.asKeyColumn() : k.expression(), at)).toList(), Deferral.NOT_DEFERRABLE, List.of());
            }
            List<Name> columns = in.nameList("a key column");
            conflictClause(in);
            List<Name> include = indexParameters(in);
            return new UniqueDef(chosen, columns, deferral(in), include);
        }
        if (in.accept("FOREIGN", "KEY")) {
            Name indexName = in.atName() ? in.name("an index name") : null;
            List<Name> columns = in.nameList("a foreign key column");
            Reference r = reference(in);
            if (engine.alterTable().hasNotValidAndUsingIndex()) in.accept("NOT", "VALID");
            return new ForeignKeyDef(name != null ? name : keyRules.createsForeignKeyIndexes() ? indexName : null, columns, r);
        }
        if (in.accept("CHECK")) {
            Span check = in.parenthesized("the CHECK condition");
            in.accept("NOT", "ENFORCED");
            in.accept("ENFORCED");
            in.accept("NO", "INHERIT");
            if (engine.alterTable().hasNotValidAndUsingIndex()) in.accept("NOT", "VALID");
            return new CheckDef(name, engine.expressions().canonical(check.text()), at);
        }
        if (keyRules.indexesInCreateTable() && (in.at("INDEX") || in.at("KEY") || in.at("FULLTEXT") || in.at("SPATIAL"))) {
            String method = null;
            if (in.accept("FULLTEXT")) method = "FULLTEXT";
            else if (in.accept("SPATIAL")) method = "SPATIAL";
            if (!in.accept("INDEX")) in.accept("KEY");
            Name indexName = in.atName() && !in.at("USING") ? in.name("an index name") : null;
            skipIndexType(in);
            List<IndexKey> keys = keys(in);
            skipIndexOptions(in);
            return new IndexDef(indexName, false, keys, List.of(), method);
        }
        throw in.problem(at, "Cairn does not model this table constraint", "use PRIMARY KEY, UNIQUE, FOREIGN KEY or CHECK");
    }

    /**
     * PostgreSQL's index parameters after a key's columns: {@code INCLUDE (…)} (returned) and the storage settings
     * {@code WITH (…)} and {@code USING INDEX TABLESPACE …} (not modelled). Elsewhere nothing is read.
     */
    private List<Name> indexParameters(TokenCursor in) {
        if (!keyRules.keysTakeIndexParameters()) return List.of();
        List<Name> include = List.of();
        while (true) {
            if (in.accept("INCLUDE")) include = in.nameList("an included column");
            else if (in.accept("WITH")) in.parenthesized("the index storage parameters");
            else if (in.accept("USING", "INDEX", "TABLESPACE") || in.accept("TABLESPACE")) in.name("a tablespace");
            else return include;
        }
    }

    private static void skipIndexType(TokenCursor in) {
        if (in.accept("USING")) in.next();
    }

    private static void skipIndexOptions(TokenCursor in) {
        while (!in.atEndOfElement()) {
            if (in.accept("USING") || in.accept("KEY_BLOCK_SIZE") || in.accept("WITH", "PARSER")) {
                in.accept("=");
                in.next();
            } else if (in.accept("COMMENT")) {
                in.next();
            } else if (in.accept("VISIBLE") || in.accept("INVISIBLE")) {
                continue;
            } else {
                break;
            }
        }
    }

    /** {@code (key, …)} of an index: columns (with ASC/DESC), MySQL's column prefixes {@code name(10)}, or expressions. */
    List<IndexKey> keys(TokenCursor in) {
        in.expect("(");
        List<IndexKey> keys = new ArrayList<>();
        do {
            Span part = in.until(Set.of("ASC", "DESC", "COLLATE", "NULLS"));
            if (part == null) throw in.unexpected("expected an index column or expression");
            boolean descending = false;
            while (!in.atEndOfElement()) {
                if (in.accept("DESC")) descending = true;
                else if (in.accept("ASC")) descending = false;
                else in.next(); // COLLATE x, NULLS FIRST/LAST, an operator class
            }
            keys.add(key(in, part, descending));
        } while (in.accept(","));
        in.expect(")");
        return keys;
    }

    private IndexKey key(TokenCursor in, Span part, boolean descending) {
        List<Token> tokens = SqlLexer.tokens(engine.syntax(), part.text());
        if (tokens.size() == 2 && in.isName(tokens.get(0))) {
            return new IndexKey(in.unquote(tokens.get(0)), null, descending);
        }
        if (tokens.size() == 5 && keyRules.columnPrefixKeys() && tokens.get(0).isName() && tokens.get(1).isSymbol("(")
                && tokens.get(2).kind() == Kind.NUMBER && tokens.get(3).isSymbol(")")) {
            return IndexKey.prefix(in.unquote(tokens.get(0)), Integer.parseInt(tokens.get(2).text()), descending);
        }
        if (tokens.size() == 3 && tokens.get(0).isName() && tokens.get(1).isName()) {
            return new IndexKey(in.unquote(tokens.get(0)), null, descending); // a PostgreSQL operator class
        }
        String expression = part.text();
        if (expression.startsWith("(") && expression.endsWith(")") && keyRules.indexExpressionParenthesesAreSyntax()
                && !engine.expressions().canonical(expression).startsWith("(")) {
            expression = expression.substring(1, expression.length() - 1);
        }
        return new IndexKey(null, engine.expressions().canonical(expression), descending);
    }

    /** A string literal's value. */
    String stringValue(TokenCursor in, String what) {
        in.accept("=");
        Token t = in.peek();
        if (t.kind() != Kind.STRING) throw in.unexpected("expected " + what + " as a quoted string");
        in.next();
        return decodeString(t.text());
    }

    String decodeString(String literal) {
        return SqlLiterals.stringValue(engine.syntax(), literal);
    }

    private static String noneIfEmpty(String comment) {
        return comment == null || comment.isEmpty() ? null : comment;
    }
}
