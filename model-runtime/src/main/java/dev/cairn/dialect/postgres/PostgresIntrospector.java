package dev.cairn.dialect.postgres;

import dev.cairn.dialect.RoutineText;
import dev.cairn.dialect.SchemaIntrospector;
import dev.cairn.dialect.SequenceDefaults.Options;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.Deferral;
import dev.cairn.schema.EnumType;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.ForeignKeyAction;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Policy;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Routine;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Sequence;
import dev.cairn.schema.SqlType;
import dev.cairn.schema.Table;
import dev.cairn.schema.TypeFamily;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.schema.View;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tables, views, enum types and free-standing sequences of one PostgreSQL schema from {@code pg_catalog}
 * into Cairn's model, in the same canonical form replay gives (serial columns as {@link Identity#AUTO_INCREMENT}
 * without their {@code nextval} default, constraint-backing indexes left out, types and expressions canonical).
 * <p>
 * While it reads, the session's {@code search_path} starts with the schema, so {@code format_type} and
 * {@code pg_get_expr} print the schema's own names unqualified, as a migration writes them; the previous
 * search_path is restored afterwards.
 */
public final class PostgresIntrospector implements SchemaIntrospector {

    private final String schemaName;

    /** Reads the connection's {@code current_schema()}. */
    public PostgresIntrospector() {
        this(null);
    }

    /** Reads the named schema ({@code null}: the connection's {@code current_schema()}). */
    public PostgresIntrospector(String schemaName) {
        this.schemaName = schemaName;
    }

    @Override
    public Schema asStoredIn(Connection connection, Schema expected) {
        return expected;
    }

    @Override
    public Schema introspect(Connection connection) throws SQLException {
        String schema = schemaName != null ? schemaName : currentSchema(connection);
        long namespace = namespaceOid(connection, schema);
        String previousPath = queryString(connection, "SELECT current_setting('search_path')");
        String quoted;
        try (PreparedStatement s = connection.prepareStatement("SELECT quote_ident(?)")) {
            s.setString(1, schema);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                quoted = r.getString(1);
            }
        }
        setSearchPath(connection, previousPath == null || previousPath.isBlank() ? quoted : quoted + ", " + previousPath);
        Schema read;
        try {
            read = read(connection, namespace, schema);
        } catch (SQLException | RuntimeException e) {
            try {
                setSearchPath(connection, previousPath);
            } catch (SQLException again) {
                e.addSuppressed(again); // e.g. the caller's transaction is aborted; its rollback restores the path
            }
            throw e;
        }
        setSearchPath(connection, previousPath);
        return read;
    }

    private static void setSearchPath(Connection connection, String path) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT set_config('search_path', ?, false)")) {
            s.setString(1, path);
            s.execute();
        }
    }

    private static String currentSchema(Connection connection) throws SQLException {
        String schema = queryString(connection, "SELECT current_schema()");
        if (schema == null) throw new SQLException("the connection has no current schema (empty search_path); name the schema to introspect");
        return schema;
    }

    private static long namespaceOid(Connection connection, String schema) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT oid FROM pg_namespace WHERE nspname = ?")) {
            s.setString(1, schema);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) throw new SQLException("schema \"" + schema + "\" does not exist");
                return r.getLong(1);
            }
        }
    }

    private static String queryString(Connection connection, String sql) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    /** What is read for one table or view (keyed by pg_class oid) before it becomes an immutable value. */
    private static final class Relation {
        final String name;
        final char kind;
        final String comment;
        final String viewDefinition;
        final List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey;
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final Map<String, IndexParts> indexes = new LinkedHashMap<>();
        final Map<String, String> options = new LinkedHashMap<>();
        final List<Policy> policies = new ArrayList<>();
        final Map<String, String> serialSequences = new LinkedHashMap<>();

        Relation(String name, char kind, String comment, String viewDefinition) {
            this.name = name;
            this.kind = kind;
            this.comment = comment;
            this.viewDefinition = viewDefinition;
        }

        Table table() {
            List<Index> list = indexes.values().stream().map(IndexParts::index).toList();
            Table table = new Table(name, columns, primaryKey, uniques, checks, foreignKeys, list, comment, options, policies);
            for (var s : serialSequences.entrySet()) table = PostgresNaming.withSerialSequence(table, s.getKey(), s.getValue());
            return PostgresEngine.INSTANCE.expressions().withColumnTypes(table);
        }

        View view() {
            return new View(name, viewDefinition, columns.stream().map(Column::name).toList(), comment);
        }
    }

    private record IndexParts(String name, boolean unique, List<IndexKey> keys, String where, String method, List<String> include) {
        Index index() {
            return new Index(name, unique, keys, where, method, include);
        }
    }

    private Schema read(Connection connection, long namespace, String schemaName) throws SQLException {
        Map<Long, Relation> relations = relations(connection, namespace);
        columns(connection, namespace, relations);
        constraints(connection, namespace, relations);
        indexes(connection, namespace, relations);
        policies(connection, namespace, relations);
        Schema.Builder schema = Schema.EMPTY.toBuilder();
        for (Relation r : relations.values()) {
            if (r.kind == 'v') schema.putView(r.view());
            else schema.putTable(r.table());
        }
        for (EnumType e : enumTypes(connection, namespace)) schema.putEnumType(e);
        for (Sequence s : sequences(connection, namespace)) schema.putSequence(s);
        routines(connection, namespace, schemaName, schema);
        return schema.build();
    }

    /**
     * Extensions installed in the schema, its functions and procedures (not an extension's, not aggregates), read from
     * {@code pg_get_functiondef}, and its tables' triggers from {@code pg_get_triggerdef}.
     */
    private static void routines(Connection connection, long namespace, String schemaName, Schema.Builder schema) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT extname FROM pg_extension WHERE extnamespace = ? ORDER BY extname")) {
            s.setLong(1, namespace);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) schema.putRoutine(Routine.of(Routine.Kind.EXTENSION, r.getString(1), "", ""));
            }
        }
        try (PreparedStatement s = connection.prepareStatement("""
                SELECT pg_get_functiondef(p.oid) FROM pg_proc p WHERE p.pronamespace = ? AND p.prokind IN ('f', 'p')
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
                ORDER BY p.proname""")) {
            s.setLong(1, namespace);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) RoutineText.putIntrospected(PostgresEngine.INSTANCE, schema, r.getString(1), schemaName);
            }
        }
        try (PreparedStatement s = connection.prepareStatement("""
                SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                WHERE c.relnamespace = ? AND NOT t.tgisinternal ORDER BY t.tgname""")) {
            s.setLong(1, namespace);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) RoutineText.putIntrospected(PostgresEngine.INSTANCE, schema, r.getString(1), schemaName);
            }
        }
    }

    private static Map<Long, Relation> relations(Connection connection, long namespace) throws SQLException {
        String sql = """
                SELECT c.oid, c.relname, c.relkind, obj_description(c.oid, 'pg_class') AS comment, c.relrowsecurity, c.relforcerowsecurity,
                       CASE WHEN c.relkind = 'v' THEN pg_get_viewdef(c.oid, true) END AS definition
                FROM pg_class c
                WHERE c.relnamespace = ? AND (c.relkind IN ('r', 'p', 'v')) AND NOT c.relispartition
                ORDER BY c.relname""";
        Map<Long, Relation> relations = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, namespace);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Relation relation = new Relation(r.getString("relname"), r.getString("relkind").charAt(0),
                            r.getString("comment"), r.getString("definition"));
                    if (r.getBoolean("relrowsecurity")) relation.options.put(Table.ROW_LEVEL_SECURITY, "on");
                    if (r.getBoolean("relforcerowsecurity")) relation.options.put(Table.FORCE_ROW_LEVEL_SECURITY, "on");
                    relations.put(r.getLong("oid"), relation);
                }
            }
        }
        return relations;
    }

    private static void columns(Connection connection, long namespace, Map<Long, Relation> relations) throws SQLException {
        // serial_default: the exact default text a serial column has, built from the sequence the column owns
        // (pg_depend 'a'); matching it, rather than a name pattern, also recognises serials of renamed tables.
        // serial_sequence: the name of that sequence, or of an identity column's (pg_depend 'i').
        String sql = """
                SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attndims, a.attnotnull,
                       pg_get_expr(d.adbin, d.adrelid, true) AS default_text, a.attidentity, a.attgenerated,
                       CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation,
                       col_description(a.attrelid, a.attnum) AS comment,
                       (SELECT format('nextval(%L::regclass)', q.oid::regclass)
                          FROM pg_depend dep JOIN pg_class q ON q.oid = dep.objid AND q.relkind = 'S'
                         WHERE dep.classid = 'pg_class'::regclass AND dep.refclassid = 'pg_class'::regclass
                           AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum AND dep.deptype = 'a'
                         LIMIT 1) AS serial_default,
                       (SELECT q.relname FROM pg_depend dep JOIN pg_class q ON q.oid = dep.objid AND q.relkind = 'S'
                         WHERE dep.classid = 'pg_class'::regclass AND dep.refclassid = 'pg_class'::regclass
                           AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum AND dep.deptype IN ('a', 'i')
                         LIMIT 1) AS serial_sequence
                FROM pg_attribute a
                JOIN pg_class c ON c.oid = a.attrelid
                JOIN pg_type t ON t.oid = a.atttypid
                LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                LEFT JOIN pg_collation co ON co.oid = a.attcollation
                WHERE c.relnamespace = ? AND c.relkind IN ('r', 'p', 'v') AND a.attnum > 0 AND NOT a.attisdropped
                ORDER BY a.attrelid, a.attnum""";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, namespace);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Relation relation = relations.get(r.getLong("attrelid"));
                    if (relation == null) continue;
                    Column column = column(r);
                    relation.columns.add(column);
                    if (PostgresNaming.ownsSequence(column)) relation.serialSequences.put(column.name(), r.getString("serial_sequence"));
                }
            }
        }
    }

    private static Column column(ResultSet r) throws SQLException {
        SqlType type = PostgresEngine.INSTANCE.types().parse(withArrayDimensions(r.getString("type"), r.getInt("attndims")));
        String defaultText = r.getString("default_text");
        String identityFlag = r.getString("attidentity");
        String generatedFlag = r.getString("attgenerated");
        Identity identity = switch (identityFlag == null ? "" : identityFlag) {
            case "a" -> Identity.ALWAYS;
            case "d" -> Identity.BY_DEFAULT;
            default -> Identity.NONE;
        };
        String generated = null;
        if ("s".equals(generatedFlag)) {
            generated = PostgresEngine.INSTANCE.expressions().canonical(defaultText);
            defaultText = null;
        } else if (identity == Identity.NONE && defaultText != null && type.family() == TypeFamily.INTEGER
                && type.arrayDimensions() == 0 && defaultText.equals(r.getString("serial_default"))) {
            identity = Identity.AUTO_INCREMENT;
            defaultText = null;
        }
        return new Column(r.getString("attname"), type, !r.getBoolean("attnotnull"),
                PostgresEngine.INSTANCE.expressions().canonicalDefault(defaultText, type), identity, generated, generated != null,
                r.getString("collation"), r.getString("comment"));
    }

    /**
     * {@code format_type} prints every array as {@code t[]}; the declared number of dimensions lives in
     * {@code attndims} (0 where PostgreSQL did not record it, e.g. in views).
     */
    static String withArrayDimensions(String formatted, int declaredDimensions) {
        String base = formatted;
        int dims = 0;
        while (base.endsWith("[]")) {
            base = base.substring(0, base.length() - 2);
            dims++;
        }
        if (dims == 0 || declaredDimensions <= dims) return formatted;
        return base + "[]".repeat(declaredDimensions);
    }

    private static void constraints(Connection connection, long namespace, Map<Long, Relation> relations) throws SQLException {
        String sql = """
                SELECT k.conrelid, k.conname, k.contype, k.confdeltype, k.confupdtype, k.condeferrable, k.condeferred,
                       pg_get_expr(k.conbin, k.conrelid, true) AS check_text,
                       fc.relname AS referenced_table, fn.nspname AS referenced_schema, fc.relnamespace AS referenced_namespace,
                       ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(num, pos)
                             JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.num ORDER BY u.pos) AS columns,
                       ARRAY(SELECT a.attname::text FROM pg_index i CROSS JOIN LATERAL generate_series(i.indnkeyatts + 1, i.indnatts) AS n(pos)
                             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[n.pos - 1]
                             WHERE i.indexrelid = k.conindid AND k.contype IN ('p', 'u') ORDER BY n.pos) AS include,
                       ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(num, pos)
                             JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.num ORDER BY u.pos) AS referenced_columns
                FROM pg_constraint k
                JOIN pg_class c ON c.oid = k.conrelid
                LEFT JOIN pg_class fc ON fc.oid = k.confrelid
                LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
                WHERE c.relnamespace = ? AND k.contype IN ('p', 'u', 'c', 'f')
                ORDER BY k.conrelid, k.conname""";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, namespace);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Relation relation = relations.get(r.getLong("conrelid"));
                    if (relation == null) continue;
                    String name = r.getString("conname");
                    List<String> columns = strings(r.getArray("columns"));
                    Deferral deferral = Deferral.of(r.getBoolean("condeferrable"), r.getBoolean("condeferred"));
                    switch (r.getString("contype")) {
                        case "p" -> relation.primaryKey = new PrimaryKey(name, columns, deferral, strings(r.getArray("include")));
                        case "u" -> relation.uniques.add(new UniqueConstraint(name, columns, deferral, strings(r.getArray("include"))));
                        case "c" -> relation.checks.add(new CheckConstraint(name,
                                PostgresEngine.INSTANCE.expressions().canonical(r.getString("check_text"))));
                        case "f" -> {
                            String table = r.getString("referenced_table");
                            if (r.getLong("referenced_namespace") != namespace) table = r.getString("referenced_schema") + "." + table;
                            relation.foreignKeys.add(new ForeignKey(name, columns, table, strings(r.getArray("referenced_columns")),
                                    action(r.getString("confdeltype")), action(r.getString("confupdtype")), deferral));
                        }
                        default -> throw new IllegalStateException("unexpected constraint type");
                    }
                }
            }
        }
    }

    /** pg_constraint's one-letter referential actions. */
    static ForeignKeyAction action(String letter) {
        return switch (letter) {
            case "a" -> ForeignKeyAction.NO_ACTION;
            case "r" -> ForeignKeyAction.RESTRICT;
            case "c" -> ForeignKeyAction.CASCADE;
            case "n" -> ForeignKeyAction.SET_NULL;
            case "d" -> ForeignKeyAction.SET_DEFAULT;
            default -> throw new IllegalArgumentException("unknown pg_constraint action '" + letter + "'");
        };
    }

    private static void indexes(Connection connection, long namespace, Map<Long, Relation> relations) throws SQLException {
        // One row per key part; the INCLUDE columns are those beyond indnkeyatts.
        String sql = """
                SELECT i.indrelid, ic.relname AS index_name, i.indisunique, am.amname,
                       pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
                       ARRAY(SELECT a.attname::text FROM generate_series(i.indnkeyatts + 1, i.indnatts) AS n(pos)
                             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[n.pos - 1] ORDER BY n.pos) AS include,
                       k.pos, i.indkey[k.pos - 1] AS attnum, i.indoption[k.pos - 1] AS options, a.attname,
                       pg_get_indexdef(i.indexrelid, k.pos, true) AS key_text
                FROM pg_index i
                JOIN pg_class ic ON ic.oid = i.indexrelid
                JOIN pg_class c ON c.oid = i.indrelid
                JOIN pg_am am ON am.oid = ic.relam
                CROSS JOIN LATERAL generate_series(1, i.indnkeyatts) AS k(pos)
                LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.pos - 1] AND i.indkey[k.pos - 1] <> 0
                WHERE c.relnamespace = ? AND c.relkind IN ('r', 'p')
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint b WHERE b.conindid = i.indexrelid AND b.contype IN ('p', 'u', 'x'))
                ORDER BY i.indrelid, ic.relname, k.pos""";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, namespace);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Relation relation = relations.get(r.getLong("indrelid"));
                    if (relation == null) continue;
                    String name = r.getString("index_name");
                    IndexParts parts = relation.indexes.get(name);
                    if (parts == null) {
                        String method = r.getString("amname");
                        parts = new IndexParts(name, r.getBoolean("indisunique"), new ArrayList<>(),
                                PostgresEngine.INSTANCE.expressions().canonical(r.getString("predicate")),
                                "btree".equals(method) ? null : method, strings(r.getArray("include")));
                        relation.indexes.put(name, parts);
                    }
                    boolean descending = (r.getInt("options") & 1) != 0;
                    String column = r.getInt("attnum") != 0 ? r.getString("attname") : null;
                    String expression = column == null ? PostgresEngine.INSTANCE.expressions().canonical(r.getString("key_text")) : null;
                    parts.keys().add(new IndexKey(column, expression, descending));
                }
            }
        }
    }

    private static void policies(Connection connection, long namespace, Map<Long, Relation> relations) throws SQLException {
        String sql = """
                SELECT p.polrelid, p.polname, p.polpermissive, p.polcmd,
                       ARRAY(SELECT CASE WHEN u.r = 0 THEN 'public' ELSE (SELECT a.rolname::text FROM pg_roles a WHERE a.oid = u.r) END
                             FROM unnest(p.polroles) WITH ORDINALITY u(r, pos) ORDER BY u.pos) AS roles,
                       pg_get_expr(p.polqual, p.polrelid, true) AS using_text, pg_get_expr(p.polwithcheck, p.polrelid, true) AS check_text
                FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
                WHERE c.relnamespace = ?
                ORDER BY p.polrelid, p.polname""";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, namespace);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Relation relation = relations.get(r.getLong("polrelid"));
                    if (relation == null) continue;
                    String command = switch (r.getString("polcmd")) {
                        case "r" -> "SELECT";
                        case "a" -> "INSERT";
                        case "w" -> "UPDATE";
                        case "d" -> "DELETE";
                        default -> "ALL";
                    };
                    relation.policies.add(new Policy(r.getString("polname"), r.getBoolean("polpermissive"), command, strings(r.getArray("roles")),
                            PostgresEngine.INSTANCE.expressions().canonical(r.getString("using_text")),
                            PostgresEngine.INSTANCE.expressions().canonical(r.getString("check_text"))));
                }
            }
        }
    }

    private static List<EnumType> enumTypes(Connection connection, long namespace) throws SQLException {
        String sql = """
                SELECT t.typname, obj_description(t.oid, 'pg_type') AS comment,
                       ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels
                FROM pg_type t
                WHERE t.typnamespace = ? AND t.typtype = 'e'
                ORDER BY t.typname""";
        List<EnumType> types = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, namespace);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) types.add(new EnumType(r.getString("typname"), strings(r.getArray("labels")), r.getString("comment")));
            }
        }
        return types;
    }

    /** Sequences a migration created itself: those owned by a serial ('a') or identity ('i') column are implied. */
    private static List<Sequence> sequences(Connection connection, long namespace) throws SQLException {
        String sql = """
                SELECT c.relname, format_type(q.seqtypid, NULL) AS type, q.seqstart, q.seqincrement, q.seqmin, q.seqmax,
                       q.seqcache, q.seqcycle
                FROM pg_class c JOIN pg_sequence q ON q.seqrelid = c.oid
                WHERE c.relnamespace = ? AND c.relkind = 'S'
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                     AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))
                ORDER BY c.relname""";
        List<Sequence> sequences = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, namespace);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sequences.add(sequence(r.getString("relname"), new Options(r.getString("type"), r.getLong("seqstart"), r.getLong("seqincrement"),
                            r.getLong("seqmin"), r.getLong("seqmax"), r.getLong("seqcache"), r.getBoolean("seqcycle"))));
                }
            }
        }
        return sequences;
    }

    /** A sequence as the catalog holds it, with the engine's defaults left null as the model keeps them. */
    static Sequence sequence(String name, Options catalog) {
        return PostgresEngine.INSTANCE.ddl().sequenceDefaults().sequence(name, catalog);
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) return List.of();
        Object[] values = (Object[]) array.getArray();
        List<String> list = new ArrayList<>(values.length);
        for (Object v : values) list.add((String) v);
        return list;
    }
}
