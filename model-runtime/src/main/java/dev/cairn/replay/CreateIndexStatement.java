package dev.cairn.replay;

import dev.cairn.dialect.Engine;
import dev.cairn.dialect.KeyRules;
import dev.cairn.replay.TokenCursor.Name;
import dev.cairn.replay.TokenCursor.Span;
import dev.cairn.schema.Deferral;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON table [USING method] (keys)
 * [WHERE condition]}. On MySQL/MariaDB a unique index is the table's unique constraint (the catalog cannot tell them
 * apart), unless a key part is DESC (a constraint's columns have no direction), and index names are per table;
 * elsewhere index names share the schema's namespace.
 */
final class CreateIndexStatement {
    private CreateIndexStatement() {
    }

    /** Reads the statement after {@code CREATE}, at {@code [UNIQUE] INDEX}. */
    static List<SchemaChange> read(TokenCursor in, Schema.Builder schema, ReplayState state) {
        Engine engine = in.engine();
        KeyRules rules = engine.keys();
        boolean unique = in.accept("UNIQUE");
        String method = null;
        if (in.accept("FULLTEXT")) method = "FULLTEXT";
        else if (in.accept("SPATIAL")) method = "SPATIAL";
        in.expect("INDEX");
        in.accept("CONCURRENTLY");
        boolean ifNotExists = in.accept("IF", "NOT", "EXISTS");
        Name name = in.at("ON") ? null : in.qualifiedName("the index name");
        if (rules.indexTypeBeforeOn() && in.accept("USING")) in.next();
        in.expect("ON");
        in.accept("ONLY");
        Name tableName = in.qualifiedName("the table name");
        Table table = schema.table(tableName.text()).orElseThrow(() -> in.problem(tableName.token(),
                "table " + tableName.text() + " does not exist", "create the table before indexing it, or check the name"));
        if (in.accept("USING")) {
            String m = in.next().text().toLowerCase(Locale.ROOT);
            if (rules.recordsIndexMethods() && !m.equals("btree")) method = m;
        }
        DefinitionReader reader = new DefinitionReader(engine);
        List<IndexKey> keys = reader.keys(in);
        TableDraft draft = new TableDraft(schema, state, in, table);
        for (int i = 0; i < keys.size(); i++) {
            IndexKey k = keys.get(i);
            if (k.isColumn()) {
                String col = draft.existing(List.of(new Name(k.column(), tableName.token()))).get(0);
                keys.set(i, k.withColumn(col));
            }
        }
        String where = null;
        List<String> include = List.of();
        while (!in.atEnd()) {
            if (in.accept("INCLUDE")) {
                include = draft.existing(in.nameList("an included column"));
            } else if (in.accept("WHERE")) {
                Span condition = in.until(Set.of());
                if (condition == null) throw in.unexpected("expected the index condition");
                where = engine.expressions().canonical(condition.text());
            } else if (in.accept("WITH") || in.accept("NULLS")) {
                if (in.peek().isSymbol("(")) in.parenthesized("the index option");
                else in.accept("NOT");
                in.accept("DISTINCT");
            } else if (in.peek().isSymbol("(")) {
                in.parenthesized("the index option");
            } else {
                in.next(); // TABLESPACE, ALGORITHM=…, LOCK=…, COMMENT '…'
            }
        }
        String indexName = name != null ? name.text() : rules.createIndexNeedsName()
                ? null : engine.naming().index(table.name(), withIncluded(keyNames(keys), include), engine.namespaces().takenByGeneratedNames(schema, table));
        if (indexName == null) throw in.unexpected("expected the index name");
        String conflict = engine.namespaces().indexNameConflict(schema, table, indexName);
        if (conflict != null) {
            if (ifNotExists) return List.of();
            throw in.problem(name != null ? name.token() : tableName.token(), conflict, "choose another index name");
        }
        if (rules.uniqueIndexesAreConstraints() && unique && keys.stream().noneMatch(IndexKey::descending)) {
            Name written = new Name(indexName, name != null ? name.token() : tableName.token());
            draft.add(new TableElements.UniqueDef(written, keys.stream()
                    .map(k -> new Name(k.isColumn() ? k.asKeyColumn() : k.expression(), tableName.token())).toList(), Deferral.NOT_DEFERRABLE, List.of()), null);
        } else {
            draft.addIndex(new Index(indexName, unique, keys, where, method, include));
        }
        Changes changes = new Changes(schema);
        changes.altered(table, draft.finish());
        return changes.list();
    }

    /** PostgreSQL names an index after its INCLUDE columns too ({@code t_a_b_idx} for {@code (a) INCLUDE (b)}). */
    static List<String> withIncluded(List<String> keyNames, List<String> include) {
        List<String> all = new ArrayList<>(keyNames);
        all.addAll(include);
        return distinct(all);
    }

    /**
     * The names as PostgreSQL's {@code ChooseIndexColumnNames} makes them distinct: a name already in the list gets
     * 1, 2, … appended, the name cut (at a character boundary) so that the whole keeps to 63 bytes
     * ({@code (lower(a), lower(b))} is {@code lower, lower1}).
     */
    private static List<String> distinct(List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            String current = name;
            for (int i = 1; out.contains(current); i++) {
                String suffix = Integer.toString(i);
                String cut = name;
                while (cut.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 63 - suffix.length())
                    cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
                current = cut + suffix;
            }
            out.add(current);
        }
        return out;
    }

    /** The words PostgreSQL builds an unnamed index's name from: column names, a function's name, else {@code expr}. */
    private static List<String> keyNames(List<IndexKey> keys) {
        List<String> out = new ArrayList<>();
        for (IndexKey k : keys) {
            if (k.isColumn()) {
                out.add(k.column());
            } else {
                String e = k.expression();
                int paren = e.indexOf('(');
                String head = paren > 0 ? e.substring(0, paren).strip() : "";
                out.add(!head.isEmpty() && head.matches("[A-Za-z_][A-Za-z0-9_]*") ? head.toLowerCase(Locale.ROOT) : "expr");
            }
        }
        return out;
    }
}
