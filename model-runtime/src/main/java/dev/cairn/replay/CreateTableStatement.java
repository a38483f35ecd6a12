package dev.cairn.replay;

import dev.cairn.dialect.DdlRules;
import dev.cairn.dialect.Namespaces;
import dev.cairn.replay.TokenCursor.Name;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Table;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code CREATE [TEMPORARY] TABLE [IF NOT EXISTS] name (columns and constraints) [table options]}. */
final class CreateTableStatement {
    private CreateTableStatement() {
    }

    /** SQLite's INTEGER PRIMARY KEY column is the rowid itself, never NULL, and reported as nullable. */
    private static boolean isRowidAlias(Table t) {
        return t.primaryKey().columns().size() == 1
                && t.column(t.primaryKey().columns().get(0)).map(c -> c.type().declared() != null
                && c.type().declared().strip().equalsIgnoreCase("INTEGER")).orElse(false);
    }

    /** Reads the statement after {@code CREATE … TABLE}; returns the changes (none when IF NOT EXISTS found the table). */
    static List<SchemaChange> read(TokenCursor in, Schema.Builder schema, ReplayState state) {
        boolean ifNotExists = in.accept("IF", "NOT", "EXISTS");
        Name name = in.qualifiedName("the table name");
        DdlRules ddl = in.engine().ddl();
        String holder = in.engine().namespaces().relationHolder(schema, name.text(), true);
        if (holder != null) {
            if (ifNotExists && !(ddl.ifNotExistsLooksAtTablesAndViewsOnly() && holder.equals("index"))) {
                in.rest();
                return List.of();
            }
            throw in.problem(name.token(), Namespaces.taken(holder, name.text()), "choose another name, or drop the " + holder + " first");
        }
        if (in.at("AS") || in.at("LIKE")) {
            throw in.problem(in.peek(), "CREATE TABLE … " + in.peek().upper() + " is not modelled by Cairn",
                    "write the table's columns out in a CREATE TABLE statement");
        }
        DefinitionReader reader = new DefinitionReader(in.engine());
        TableDraft draft = new TableDraft(schema, state, in, Table.of(name.text(), List.of()));
        in.expect("(");
        do {
            if (reader.atTableConstraint(in)) draft.add(reader.constraint(in), null);
            else draft.addColumn(reader.column(in));
        } while (in.accept(","));
        in.expect(")");
        Table table = draft.finish();
        if (table.columns().isEmpty()) throw in.problem(name.token(), "table " + name.text() + " has no columns", "declare at least one column");
        Map<String, String> options = new TreeMap<>(table.options()); // the draft's: PostgreSQL's serial sequence names
        String comment = null;
        while (!in.atEnd()) {
            if (ddl.hasRowidTableOptions() && in.accept("WITHOUT", "ROWID")) {
                options.put("without rowid", "true");
            } else if (ddl.hasRowidTableOptions() && in.accept("STRICT")) {
                options.put("strict", "true");
            } else if (ddl.commentIsTableOption() && in.accept("COMMENT")) {
                comment = reader.stringValue(in, "the table comment");
                if (comment.isEmpty()) comment = null; // COMMENT = '' is no comment
            } else if (ddl.charsetTableOptions() && CharsetTableOptions.read(in, options)) {
                continue;
            } else if (in.atStatementStart()) {
                throw in.missingSemicolon();
            } else if (in.peek().isSymbol("(")) {
                in.parenthesized("the table option");
            } else {
                in.next(); // tablespace, row format, … do not change the schema's shape
            }
        }
        if (options.containsKey("without rowid") && table.primaryKey() == null) {
            throw in.problem(name.token(), "a WITHOUT ROWID table needs a PRIMARY KEY", "declare the primary key");
        }
        table = table.withOptions(options).withComment(comment);
        if (table.primaryKey() != null && (options.containsKey("without rowid") || options.containsKey("strict") && !isRowidAlias(table))) {
            // the primary key columns of WITHOUT ROWID and STRICT tables are NOT NULL (a rowid table's may hold NULL)
            for (String col : table.primaryKey().columns()) table = table.mapColumn(col, c -> c.withNullable(false));
        }
        Changes changes = new Changes(schema);
        changes.add(new SchemaChange.TableCreated(table));
        return changes.list();
    }
}
