package dev.cairn.dialect;

import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.EnumType;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.ForeignKeyAction;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Names;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Routine;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Sequence;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.schema.View;
import dev.cairn.sql.CanonicalTextSyntax;
import dev.cairn.sql.SqlLexer;
import dev.cairn.sql.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What the three renderers share: statement order, constraint clauses, quoting rules. */
public abstract class AbstractDdlRenderer implements DdlRenderer {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern LITERAL = Pattern.compile(
            "[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?|'([^']|'')*'|(?i)null|true|false|current_timestamp(\\(\\d*\\))?|current_date(\\(\\))?|current_time(\\(\\d*\\))?");

    /*
     * Rendered text per table, by identity: tables are immutable and a schema shares the ones a migration left alone
     * with the schema before it, so one renderer asked for schema after schema (the migrator's history hash, once per
     * migration) renders each table version once.
     */
    private final Map<Table, String> createTableText = new IdentityHashMap<>();
    private final Map<Table, List<String>> createIndexTexts = new IdentityHashMap<>();

    @Override
    public String render(Schema schema) {
        List<String> out = new ArrayList<>();
        for (Routine r : schema.routines().values()) if (r.kind() == Routine.Kind.EXTENSION) out.add(createRoutine(r));
        for (EnumType e : schema.enumTypes().values()) out.add(createEnumType(e));
        for (Sequence s : schema.sequences().values()) out.add(createSequence(s));
        List<Table> ordered = new ArrayList<>();
        Map<String, List<ForeignKey>> deferred = new TreeMap<>();
        orderTables(schema, ordered, deferred);
        Map<String, List<ForeignKey>> afterIndexes = inlineCyclicForeignKeys() ? Map.of() : foreignKeysOnUniqueIndexes(schema);
        for (Table t : ordered) {
            List<ForeignKey> later = new ArrayList<>();
            if (!inlineCyclicForeignKeys()) later.addAll(deferred.getOrDefault(Names.key(t.name()), List.of()));
            for (ForeignKey fk : afterIndexes.getOrDefault(Names.key(t.name()), List.of())) if (!later.contains(fk)) later.add(fk);
            out.add(later.isEmpty() ? createTableText.computeIfAbsent(t, x -> createTable(x, List.of())) : createTable(t, later));
        }
        if (!inlineCyclicForeignKeys()) {
            for (Table t : ordered)
                for (ForeignKey fk : deferred.getOrDefault(Names.key(t.name()), List.of()))
                    if (!afterIndexes.getOrDefault(Names.key(t.name()), List.of()).contains(fk)) out.add(addForeignKey(t, fk));
        }
        for (Table t : ordered) out.addAll(createIndexTexts.computeIfAbsent(t, x -> {
            List<String> statements = new ArrayList<>();
            for (Index i : x.indexes()) if (!indexInline(x, i)) statements.add(createIndex(x, i));
            return statements;
        }));
        for (Table t : ordered) for (ForeignKey fk : afterIndexes.getOrDefault(Names.key(t.name()), List.of())) out.add(addForeignKey(t, fk));
        for (View v : viewsInDependencyOrder(schema)) out.add(createView(v));
        for (Table t : ordered) out.addAll(commentStatements(t));
        out.addAll(otherCommentStatements(schema));
        for (Table t : ordered) out.addAll(rowSecurityStatements(t));
        StringBuilder b = new StringBuilder();
        for (String s : out) b.append(s).append(";\n");
        b.append(routinesText(schema));
        return b.toString();
    }

    /**
     * Functions and procedures, then triggers (after the tables and views they name): each statement ended as a
     * script needs it ({@link #routineScriptText}). Extensions come first in {@link #render}, as tables may use their
     * types.
     */
    private String routinesText(Schema schema) {
        StringBuilder b = new StringBuilder();
        for (Routine r : schema.routines().values())
            if (r.kind() == Routine.Kind.FUNCTION || r.kind() == Routine.Kind.PROCEDURE) b.append(routineScriptText(r));
        for (Routine r : schema.routines().values()) if (r.isTrigger()) b.append(routineScriptText(r));
        return b.toString();
    }

    /** A routine's CREATE statement as a script holds it: ended by ";\n" (MySQL: a body with ; needs a DELIMITER). */
    public String routineScriptText(Routine routine) {
        return createRoutine(routine) + ";\n";
    }

    /** {@code CREATE TRIGGER | FUNCTION | PROCEDURE | EXTENSION name} and the rest as written. */
    public String createRoutine(Routine routine) {
        String head = "CREATE " + routine.kind().words() + " " + (routine.kind() == Routine.Kind.EXTENSION ? "IF NOT EXISTS " : "")
                + quote(routine.name());
        String source = routine.isTrigger() && routine.table() != null ? onTable(routine.source(), routine.table()) : routine.source();
        return source.isEmpty() ? head : head + " " + source;
    }

    /**
     * A trigger's text with {@code ON <table>} naming the table it is on now: the text is as the migration wrote it, and
     * PostgreSQL, MySQL and MariaDB keep a trigger on its table through a rename (SQLite rewrites the text itself).
     */
    private String onTable(String source, String table) {
        List<Token> tokens = SqlLexer.tokens(CanonicalTextSyntax.INSTANCE, source);
        for (int k = 0; k + 2 < tokens.size(); k++) {
            if (!tokens.get(k).is("ON")) continue;
            Token name = tokens.get(k + 1);
            if (!name.isName() || tokens.get(k + 2).isSymbol(".") || Names.same(name.name(), table)) return source;
            return source.substring(0, name.start()) + quote(table) + source.substring(name.end());
        }
        return source;
    }

    /** Per table (by key), its foreign keys that come after the indexes ({@link #foreignKeysAfterIndexes}). */
    private Map<String, List<ForeignKey>> foreignKeysOnUniqueIndexes(Schema schema) {
        Map<String, List<ForeignKey>> out = new TreeMap<>();
        for (Table t : schema.tables().values()) {
            List<ForeignKey> later = foreignKeysAfterIndexes(t, schema);
            if (!later.isEmpty()) out.put(Names.key(t.name()), later);
        }
        return out;
    }

    /**
     * The foreign keys of {@code table} whose referenced columns are the key of a unique index created after the
     * tables (CREATE UNIQUE INDEX) and of no primary key or unique constraint: PostgreSQL checks the key exists when
     * the foreign key is made, so these are added by ALTER TABLE after the indexes (in db:schema, and where a down
     * creates a dropped table again). The referenced table is {@code table} itself or one of {@code others}.
     */
    public List<ForeignKey> foreignKeysAfterIndexes(Table table, Schema others) {
        if (inlineCyclicForeignKeys()) return List.of();
        List<ForeignKey> out = new ArrayList<>();
        for (ForeignKey fk : table.foreignKeys()) {
            Table target = Names.same(fk.referencedTable(), table.name()) ? table : others.table(fk.referencedTable()).orElse(null);
            if (target == null || fk.referencedColumns().isEmpty()) continue;
            Set<String> columns = keySet(fk.referencedColumns());
            boolean constraint = target.primaryKey() != null && keySet(target.primaryKey().columns()).equals(columns)
                    || target.uniqueConstraints().stream().anyMatch(u -> keySet(u.columns()).equals(columns));
            boolean index = target.indexes().stream().anyMatch(i -> i.unique() && i.where() == null && !indexInline(target, i)
                    && i.keys().stream().allMatch(IndexKey::isColumn) && keySet(i.keys().stream().map(IndexKey::column).toList()).equals(columns));
            if (!constraint && index) out.add(fk);
        }
        return out;
    }

    private static Set<String> keySet(List<String> columns) {
        return columns.stream().map(Names::key).collect(Collectors.toSet());
    }

    /**
     * Kahn's algorithm over foreign keys (self references ignored), smallest name first; on a cycle the smallest
     * remaining table goes next and its foreign keys to tables not yet created are deferred.
     */
    private static void orderTables(Schema schema, List<Table> ordered, Map<String, List<ForeignKey>> deferred) {
        Map<String, Table> tables = schema.tables();
        // per table the tables it still waits for, and per table those waiting for it: linear, not a rescan per pick
        Map<String, Set<String>> waitsFor = new HashMap<>();
        Map<String, List<String>> waitedOnBy = new HashMap<>();
        TreeSet<String> remaining = new TreeSet<>(tables.keySet());
        TreeSet<String> ready = new TreeSet<>();
        for (var e : tables.entrySet()) {
            Set<String> targets = new HashSet<>();
            for (ForeignKey fk : e.getValue().foreignKeys()) {
                String target = Names.key(fk.referencedTable());
                if (!target.equals(Names.key(e.getValue().name())) && tables.containsKey(target)) targets.add(target);
            }
            waitsFor.put(e.getKey(), targets);
            for (String target : targets) waitedOnBy.computeIfAbsent(target, k -> new ArrayList<>()).add(e.getKey());
            if (targets.isEmpty()) ready.add(e.getKey());
        }
        while (!remaining.isEmpty()) {
            boolean cyclic = ready.isEmpty();
            String next = cyclic ? remaining.first() : ready.pollFirst();
            remaining.remove(next);
            Table t = tables.get(next);
            if (cyclic) {
                for (ForeignKey fk : t.foreignKeys()) {
                    String target = Names.key(fk.referencedTable());
                    if (!target.equals(next) && remaining.contains(target) && tables.containsKey(target))
                        deferred.computeIfAbsent(next, k -> new ArrayList<>()).add(fk);
                }
            }
            for (String waiting : waitedOnBy.getOrDefault(next, List.of())) {
                Set<String> w = waitsFor.get(waiting);
                if (w.remove(next) && w.isEmpty() && remaining.contains(waiting)) ready.add(waiting);
            }
            ordered.add(t);
        }
    }

    /**
     * Views after the views they read (PostgreSQL and MySQL check at CREATE VIEW), ties and cycles by name. A view
     * reads another when the other's name appears as a word of its definition, outside string literals.
     */
    public static List<View> viewsInDependencyOrder(Schema schema) {
        TreeMap<String, View> remaining = new TreeMap<>(schema.views());
        Map<String, Set<String>> reads = new TreeMap<>();
        for (var e : remaining.entrySet()) {
            Set<String> names = new HashSet<>(wordsOutsideStrings(e.getValue().definition() == null ? "" : e.getValue().definition()));
            names.retainAll(remaining.keySet());
            names.remove(e.getKey());
            reads.put(e.getKey(), names);
        }
        List<View> ordered = new ArrayList<>();
        Set<String> created = new HashSet<>();
        while (!remaining.isEmpty()) {
            String next = remaining.keySet().stream().filter(k -> created.containsAll(reads.get(k))).findFirst().orElse(remaining.firstKey());
            ordered.add(remaining.remove(next));
            created.add(next);
        }
        return ordered;
    }

    /** {@code new_<table>} (or {@code new_<table>_2}, …): a name no table or view of the schema holds, for a table rebuild's scratch table. */
    public static String scratchTableName(Schema schema, String table) {
        String candidate = "new_" + table;
        for (int n = 2; schema.table(candidate).isPresent() || schema.view(candidate).isPresent(); n++) candidate = "new_" + table + "_" + n;
        return candidate;
    }

    /**
     * The views whose definition names {@code table}, and the views that read those, in the order to create them (a
     * table rebuild drops them first, in the reverse order, and creates them again after).
     */
    public static List<View> viewsReading(Schema schema, String table) {
        List<String> names = new ArrayList<>(List.of(Names.key(table)));
        List<View> ordered = viewsInDependencyOrder(schema);
        Set<View> found = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (View v : ordered) {
                if (found.contains(v) || v.definition() == null) continue;
                if (names.stream().anyMatch(n -> SqlWords.mentions(v.definition(), n))) {
                    found.add(v);
                    names.add(Names.key(v.name()));
                    grew = true;
                }
            }
        }
        return ordered.stream().filter(found::contains).toList();
    }

    /** The identifiers of an SQL text, lower-cased, quotes removed; string literals skipped. */
    private static Set<String> wordsOutsideStrings(String sql) {
        Set<String> words = new HashSet<>();
        int i = 0, n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'') {
                i++;
                while (i < n && !(sql.charAt(i) == '\'' && (i + 1 >= n || sql.charAt(i + 1) != '\''))) i += sql.charAt(i) == '\'' ? 2 : 1;
                i++;
            } else if (c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int end = sql.indexOf(close, i + 1);
                if (end < 0) end = n;
                words.add(Names.key(sql.substring(i + 1, end)));
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) i++;
                words.add(Names.key(sql.substring(start, i)));
            } else {
                i++;
            }
        }
        return words;
    }

    private static boolean dependenciesMet(Table t, Set<String> created, Schema schema) {
        for (ForeignKey fk : t.foreignKeys()) {
            String target = Names.key(fk.referencedTable());
            if (target.equals(Names.key(t.name())) || !schema.tables().containsKey(target)) continue;
            if (!created.contains(target)) return false;
        }
        return true;
    }

    @Override
    public String createTable(Table table) {
        return createTable(table, List.of());
    }

    @Override
    public String tableText(Table table) {
        StringBuilder b = new StringBuilder(createTable(table)).append(";\n");
        for (Index i : table.indexes()) if (!indexInline(table, i)) b.append(createIndex(table, i)).append(";\n");
        for (String c : commentStatements(table)) b.append(c).append(";\n");
        for (String c : rowSecurityStatements(table)) b.append(c).append(";\n");
        return b.toString();
    }

    @Override
    public String untabledText(Schema schema) {
        StringBuilder b = new StringBuilder();
        for (EnumType e : schema.enumTypes().values()) b.append(createEnumType(e)).append(";\n");
        for (Sequence s : schema.sequences().values()) b.append(createSequence(s)).append(";\n");
        for (View v : viewsInDependencyOrder(schema)) b.append(createView(v)).append(";\n");
        for (String c : otherCommentStatements(schema)) b.append(c).append(";\n");
        b.append(routinesText(schema));
        return b.toString();
    }

    /** CREATE TABLE without the foreign keys in {@code leftOut} (added later by ALTER TABLE). */
    public abstract String createTable(Table table, List<ForeignKey> leftOut);

    /** Whether SQLite-style: cyclic foreign keys stay inline (the engine does not check targets at CREATE). */
    public boolean inlineCyclicForeignKeys() {
        return false;
    }

    /** Whether the index is written inside CREATE TABLE (MySQL KEY) rather than by CREATE INDEX. */
    public boolean indexInline(Table table, Index index) {
        return false;
    }

    public List<String> commentStatements(Table table) {
        return List.of();
    }

    /**
     * What filters the table's rows, after every table, view and comment (a policy's condition may read them):
     * PostgreSQL's {@code ENABLE}/{@code FORCE ROW LEVEL SECURITY} and policies. Elsewhere nothing.
     */
    public List<String> rowSecurityStatements(Table table) {
        return List.of();
    }

    public List<String> otherCommentStatements(Schema schema) {
        return List.of();
    }

    @Override
    public String quote(String identifier) {
        if (PLAIN.matcher(identifier).matches() && !keywords().isReserved(identifier)
                && !needsQuotesForCase(identifier)) return identifier;
        String q = quoteChar();
        return q + identifier.replace(q, q + q) + q;
    }

    /** The words the engine will not take as bare names. */
    protected abstract Keywords keywords();

    public boolean needsQuotesForCase(String identifier) {
        return false;
    }

    public String quoteChar() {
        return "\"";
    }

    public String columnList(List<String> columns) {
        return columns.stream().map(this::quote).collect(Collectors.joining(", ", "(", ")"));
    }

    public static String stringLiteral(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** A default as the engines accept it: literals bare, anything else in parentheses. */
    public static String defaultClause(String expression) {
        String e = expression.strip();
        return LITERAL.matcher(e).matches() ? e : "(" + e + ")";
    }

    public String constraintPrefix(String name) {
        return name == null ? "" : "CONSTRAINT " + quote(name) + " ";
    }

    public String unique(UniqueConstraint u) {
        return constraintPrefix(u.name()) + "UNIQUE " + columnList(u.columns()) + included(u.include()) + u.deferral().suffix();
    }

    /** A primary key as a table constraint. */
    public String primaryKey(PrimaryKey p) {
        return constraintPrefix(p.name()) + "PRIMARY KEY " + columnList(p.columns()) + included(p.include()) + p.deferral().suffix();
    }

    /** {@code INCLUDE (…)} of a PostgreSQL key, or nothing. */
    private String included(List<String> include) {
        return include.isEmpty() ? "" : " INCLUDE " + columnList(include);
    }

    public String check(CheckConstraint c) {
        return constraintPrefix(c.name()) + "CHECK (" + c.expression() + ")";
    }

    public String foreignKey(ForeignKey fk) {
        StringBuilder b = new StringBuilder(constraintPrefix(fk.name()));
        b.append("FOREIGN KEY ").append(columnList(fk.columns())).append(" REFERENCES ").append(quote(fk.referencedTable()));
        if (!fk.referencedColumns().isEmpty()) b.append(' ').append(columnList(fk.referencedColumns()));
        if (fk.onDelete() != ForeignKeyAction.NO_ACTION) b.append(" ON DELETE ").append(fk.onDelete().sql());
        if (fk.onUpdate() != ForeignKeyAction.NO_ACTION) b.append(" ON UPDATE ").append(fk.onUpdate().sql());
        return b.append(fk.deferral().suffix()).toString();
    }

    public String indexKeys(List<IndexKey> keys) {
        List<String> parts = new ArrayList<>();
        for (IndexKey k : keys) {
            String p = k.isColumn() ? quote(k.column()) + (k.prefixLength() > 0 ? "(" + k.prefixLength() + ")" : "") : "(" + k.expression() + ")";
            parts.add(k.descending() ? p + " DESC" : p);
        }
        return "(" + String.join(", ", parts) + ")";
    }

    @Override
    public String createIndex(Table table, Index index) {
        StringBuilder b = new StringBuilder("CREATE ");
        if (index.unique()) b.append("UNIQUE ");
        b.append("INDEX ").append(quote(index.name())).append(" ON ").append(quote(table.name()));
        b.append(' ').append(indexKeys(index.keys()));
        if (index.where() != null) b.append(" WHERE ").append(index.where());
        return b.toString();
    }

    @Override
    public String dropTable(Table table) {
        return "DROP TABLE " + quote(table.name());
    }

    @Override
    public String addColumn(Table table, Column column) {
        return "ALTER TABLE " + quote(table.name()) + " ADD COLUMN " + columnDefinition(table, column);
    }

    @Override
    public String dropColumn(Table table, Column column) {
        return "ALTER TABLE " + quote(table.name()) + " DROP COLUMN " + quote(column.name());
    }

    @Override
    public String dropIndex(Table table, Index index) {
        return "DROP INDEX " + quote(index.name());
    }

    @Override
    public String addForeignKey(Table table, ForeignKey foreignKey) {
        return "ALTER TABLE " + quote(table.name()) + " ADD " + foreignKey(foreignKey);
    }

    @Override
    public String createView(View view) {
        return "CREATE VIEW " + quote(view.name()) + " AS " + view.definition().strip();
    }

    @Override
    public String createEnumType(EnumType enumType) {
        throw new IllegalArgumentException(dialect() + " has no named enum types: " + enumType.name());
    }

    @Override
    public String createSequence(Sequence sequence) {
        StringBuilder b = new StringBuilder("CREATE SEQUENCE ").append(quote(sequence.name()));
        if (sequence.type() != null) b.append(" AS ").append(sequence.type());
        if (sequence.increment() != null) b.append(" INCREMENT BY ").append(sequence.increment());
        if (sequence.minValue() != null) b.append(" MINVALUE ").append(sequence.minValue());
        if (sequence.maxValue() != null) b.append(" MAXVALUE ").append(sequence.maxValue());
        if (sequence.start() != null) b.append(" START WITH ").append(sequence.start());
        if (sequence.cache() != null) b.append(" CACHE ").append(sequence.cache());
        if (sequence.cycle()) b.append(" CYCLE");
        return b.toString();
    }

    public abstract String columnDefinition(Table table, Column column);

    /** Joins the parts of a CREATE TABLE body, one per line. */
    public String createTableBody(Table table, List<String> parts) {
        return "CREATE TABLE " + quote(table.name()) + " (\n    " + String.join(",\n    ", parts) + "\n)";
    }
}
